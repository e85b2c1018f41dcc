using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;

namespace PeeringHub.Sflow.Matrix;

/// <summary>
/// Read side for pages and the API: the peering matrix per LAN and family, and the detected sessions. Combines persisted
/// pairs with the aggregator's in-memory totals (newer than the last flush), so what is shown is live.
/// </summary>
public sealed class PeeringMatrixService(
    IServiceScopeFactory scopes, SessionAggregator aggregator, DetectedSessionStore store,
    IOptions<SflowOptions> options, TimeProvider time)
{
    DateTime WindowStart => time.GetUtcNow().UtcDateTime.AddDays(-options.Value.WindowDays);

    /// <summary>All pairs seen within the window (optionally one LAN), in-memory totals overriding persisted ones.</summary>
    public async Task<IReadOnlyList<DetectedPair>> GetPairsAsync(int? peeringLanId = null, CancellationToken ct = default)
    {
        var start = WindowStart;
        var merged = (await store.LoadAsync(start, peeringLanId, ct)).ToDictionary(p => p.Key);
        foreach (var p in aggregator.Snapshot())
            if (p.LastSeen >= start && (peeringLanId is null || p.PeeringLanId == peeringLanId)) merged[p.Key] = p;
        return merged.Values.OrderBy(p => p.PeeringLanId).ThenBy(p => p.AddressA).ThenBy(p => p.AddressB).ToList();
    }

    /// <summary>Pairs with their state and reason; optionally one LAN and/or one state (the sFlow page's tabs).</summary>
    public async Task<IReadOnlyList<DetectedSessionView>> GetDetectedSessionsAsync(
        int? peeringLanId = null, CancellationToken ct = default, DetectedSessionState? state = null)
    {
        var pairs = await GetPairsAsync(peeringLanId, ct);
        var members = await LoadMembersAsync(peeringLanId, null, ct);
        var start = WindowStart;
        var views = new List<DetectedSessionView>(pairs.Count);
        foreach (var p in pairs)
        {
            var (s, why) = p.Evidence.Classify();
            if (state is { } wanted && s != wanted) continue;
            views.Add(new DetectedSessionView(
                p.PeeringLanId, p.AddressFamily, p.AddressA.ToString(), p.AddressB.ToString(),
                members.TryGetValue((p.PeeringLanId, p.AddressA), out var a) ? a.MemberId : null,
                members.TryGetValue((p.PeeringLanId, p.AddressB), out var b) ? b.MemberId : null,
                p.FirstSeen, p.LastSeen, p.Evidence, s, why, p.LastSeen >= start));
        }
        return views;
    }

    /// <summary>One pair (either order of the addresses) on a LAN, or null when sFlow never saw it: "why is this pair not established".</summary>
    public async Task<DetectedSessionView?> GetPairAsync(int peeringLanId, IPAddress x, IPAddress y, CancellationToken ct = default)
    {
        var (a, b) = (IpAddressKey.From(x), IpAddressKey.From(y));
        if (a.CompareTo(b) > 0) (a, b) = (b, a);
        var all = await GetDetectedSessionsAsync(peeringLanId, ct);
        return all.FirstOrDefault(v => v.AddressA == a.ToString() && v.AddressB == b.ToString());
    }

    /// <summary>
    /// The LAN's members with an address of <paramref name="addressFamily"/> (4 or 6), and for every pair the relation of their
    /// networks as the peering manager computes it, from the same facts (<see cref="LanRelationsLoader"/>): route servers, sFlow
    /// (both families, live), our Established sessions and marks made by hand. The family picks the members shown, not the evidence.
    /// </summary>
    public async Task<PeeringMatrix> GetMatrixAsync(int peeringLanId, int addressFamily, CancellationToken ct = default)
    {
        if (addressFamily is not (4 or 6)) throw new ArgumentOutOfRangeException(nameof(addressFamily), "4 or 6");
        var byAddress = await LoadMembersAsync(peeringLanId, addressFamily, ct);
        var members = byAddress.Values.DistinctBy(m => m.MemberId).OrderBy(m => m.Asn).ThenBy(m => m.MemberId).ToList();
        var relations = await LoadRelationsAsync(peeringLanId, ct);
        var evidence = await EvidenceByNetworkPairAsync(peeringLanId, ct);
        var cells = new List<MatrixCell>();
        for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count; j++)
            {
                var (x, y) = members[i].MemberId < members[j].MemberId ? (members[i], members[j]) : (members[j], members[i]);
                var fromX = relations.RowsFor(x.NetworkId).GetValueOrDefault(y.NetworkId);
                var fromY = relations.RowsFor(y.NetworkId).GetValueOrDefault(x.NetworkId);
                var reasons = fromX?.Reasons ?? PeeringReason.None;
                var found = evidence.TryGetValue(NetworkKey(x.NetworkId, y.NetworkId), out var d);
                var (state, why) = found ? d.Evidence.Classify() : default;
                cells.Add(new MatrixCell(x.MemberId, y.MemberId, MatrixCell.KindOf(reasons), found ? d.First : null, found ? d.Last : null,
                    found ? d.Evidence.Samples : 0, found ? state : null, found ? why : null,
                    fromX?.Tab ?? PeeringTab.Potential, reasons, fromY?.Reasons ?? PeeringReason.None));
            }
        return new PeeringMatrix(peeringLanId, addressFamily, members, cells);
    }

    async Task<LanRelations> LoadRelationsAsync(int lanId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        // The peering manager's detection window when it is configured, so both pages count the same sFlow pairs.
        var settings = scope.ServiceProvider.GetService<PeeringManagerSettingsStore>();
        var window = settings is null ? options.Value.WindowDays : (await settings.GetAsync(ct)).DetectionWindowDays;
        return await scope.ServiceProvider.GetRequiredService<LanRelationsLoader>().LoadAsync(lanId, window, ct);
    }

    /// <summary>Every detected pair of two networks' addresses on the LAN (both families), summed: first/last seen and the counts.</summary>
    async Task<Dictionary<(int, int), (DateTime First, DateTime Last, DetectedSessionEvidence Evidence)>> EvidenceByNetworkPairAsync(int lanId, CancellationToken ct)
    {
        var byAddress = await LoadMembersAsync(lanId, null, ct);
        var result = new Dictionary<(int, int), (DateTime First, DateTime Last, DetectedSessionEvidence Evidence)>();
        foreach (var p in await GetPairsAsync(lanId, ct))
        {
            if (!byAddress.TryGetValue((lanId, p.AddressA), out var a) || !byAddress.TryGetValue((lanId, p.AddressB), out var b)) continue;
            if (a.NetworkId == b.NetworkId) continue;
            var key = NetworkKey(a.NetworkId, b.NetworkId);
            result[key] = result.TryGetValue(key, out var e)
                ? (Min(e.First, p.FirstSeen), Max(e.Last, p.LastSeen), e.Evidence + p.Evidence)
                : (p.FirstSeen, p.LastSeen, p.Evidence);
        }
        return result;
    }

    static (int, int) NetworkKey(int a, int b) => a < b ? (a, b) : (b, a);

    async Task<Dictionary<(int Lan, IpAddressKey Address), MatrixMember>> LoadMembersAsync(int? lanId, int? family, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var q = db.Members.AsNoTracking().Where(m => m.PeeringLan!.PeeringMatrixEnabled);
        if (lanId is { } id) q = q.Where(m => m.PeeringLanId == id);
        var rows = await q.Select(m => new
        {
            m.Id, m.NetworkId, m.PeeringLanId, m.Ipv4Address, m.Ipv6Address, m.IsRouteServerClient, m.Network!.Asn, m.Network.Name,
        }).ToListAsync(ct);
        var map = new Dictionary<(int, IpAddressKey), MatrixMember>();
        foreach (var m in rows)
            foreach (var (af, text) in new[] { (4, m.Ipv4Address), (6, m.Ipv6Address) })
            {
                if (family is { } f && f != af || string.IsNullOrWhiteSpace(text)) continue;
                if (!IPAddress.TryParse(text.Split('/')[0].Trim(), out var ip)) continue;
                map[(m.PeeringLanId, IpAddressKey.From(ip))] = new MatrixMember(m.Id, m.NetworkId, m.Asn, m.Name, ip.ToString(), m.IsRouteServerClient);
            }
        return map;
    }

    static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
    static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
