using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// The peering manager's reads and moves. Every call checks the caller may see the viewing network (Members: their own only),
/// so the page and the API cannot differ on access.
/// </summary>
public sealed class PeeringManagerService(PeeringHubDbContext db, PeeringManagerSettingsStore store, PeeringManagerFeed feed, LanRelationsLoader relations)
{
    public async Task<PeeringManagerView> LoadAsync(PeeringManagerCaller caller, int? networkId, int? lanId, CancellationToken ct = default)
    {
        var settings = await store.GetAsync(ct);
        if (!settings.Enabled) return new PeeringManagerView { Result = PeeringManagerResult.Disabled };
        var viewingId = networkId ?? caller.NetworkId ?? await DefaultNetworkAsync(ct);
        if (viewingId is not { } vid) return new PeeringManagerView { Result = PeeringManagerResult.NotFound };
        if (!caller.CanView(vid)) return new PeeringManagerView { Result = PeeringManagerResult.Forbidden };
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == vid, ct);
        if (network is null) return new PeeringManagerView { Result = PeeringManagerResult.NotFound };

        var lans = await db.PeeringLans.AsNoTracking().Include(l => l.Exchange).Where(l => l.PeeringManagerEnabled)
            .OrderBy(l => l.Exchange!.Name).ThenBy(l => l.Name).ToListAsync(ct);
        var ownLans = await db.Members.Where(m => m.NetworkId == vid).Select(m => m.PeeringLanId).Distinct().ToListAsync(ct);
        var lan = lanId is { } lid ? lans.FirstOrDefault(l => l.Id == lid)
            : lans.FirstOrDefault(l => l.Id == settings.DefaultLanId && ownLans.Contains(l.Id)) ?? lans.FirstOrDefault(l => ownLans.Contains(l.Id)) ?? lans.FirstOrDefault();
        if (lanId is not null && lan is null) return new PeeringManagerView { Result = PeeringManagerResult.NotFound };
        IReadOnlyList<Network> networks = caller.IsStaff
            // Only what the picker shows: full entities (JSON columns included) for a thousand networks cost more than the tabs.
            ? await db.Networks.AsNoTracking().Where(n => n.Memberships.Any(m => m.PeeringLan!.PeeringManagerEnabled)).OrderBy(n => n.Asn)
                .Select(n => new Network { Id = n.Id, Asn = n.Asn, Name = n.Name, IsOurs = n.IsOurs }).ToListAsync(ct)
            : [network];
        if (lan is null) return new PeeringManagerView { Result = PeeringManagerResult.Ok, Network = network, Networks = networks, Lans = lans };

        var (input, names) = await LoadInputAsync(network, lan.Id, settings.DetectionWindowDays, ct);
        var rows = TabComputer.Compute(input);
        foreach (var row in rows)
            if (names.TryGetValue(row.NetworkId, out var n)) (row.Asn, row.Name, row.Policy) = n;
        rows.Sort((a, b) => a.Asn.CompareTo(b.Asn));
        return new PeeringManagerView
        {
            Result = PeeringManagerResult.Ok, Network = network, Lan = lan, Networks = networks, Lans = lans, Rows = rows,
            NotAMember = !ownLans.Contains(lan.Id),
        };
    }

    /// <summary>Moves a peer: to Peers or Rejected sets a manual mark; to either Potential tab clears it (the data decides again).</summary>
    public async Task<PeeringManagerResult> MoveAsync(PeeringManagerCaller caller, int networkId, int lanId, int peerNetworkId, PeeringTab target, CancellationToken ct = default)
    {
        var (check, relation) = await RelationAsync(caller, networkId, lanId, peerNetworkId, ct);
        if (relation is null) return check;
        relation.Mark = target switch { PeeringTab.Peers => ManualMark.Peer, PeeringTab.Rejected => ManualMark.Rejected, _ => ManualMark.None };
        return await SaveAsync(relation, caller, ct);
    }

    public async Task<PeeringManagerResult> SaveNotesAsync(PeeringManagerCaller caller, int networkId, int lanId, int peerNetworkId, string? notes, CancellationToken ct = default)
    {
        var (check, relation) = await RelationAsync(caller, networkId, lanId, peerNetworkId, ct);
        if (relation is null) return check;
        relation.Notes = string.IsNullOrWhiteSpace(notes) ? null : notes;
        return await SaveAsync(relation, caller, ct);
    }

    public async Task<string?> GetNotesAsync(PeeringManagerCaller caller, int networkId, int lanId, int peerNetworkId, CancellationToken ct = default)
    {
        if (!caller.CanView(networkId)) return null;
        return await db.PeeringRelations.AsNoTracking()
            .Where(r => r.ViewingNetworkId == networkId && r.PeeringLanId == lanId && r.PeerNetworkId == peerNetworkId)
            .Select(r => r.Notes).FirstOrDefaultAsync(ct);
    }

    /// <summary>The tracked relation for an allowed caller and a real peer on an enabled LAN, created when missing.</summary>
    /// <remarks><paramref name="manage"/>: the caller is about to change it (move, notes, request), which NOC staff may not.</remarks>
    internal async Task<(PeeringManagerResult Check, PeeringRelation? Relation)> RelationAsync(PeeringManagerCaller caller, int networkId, int lanId, int peerNetworkId, CancellationToken ct, bool manage = true)
    {
        if (!(await store.GetAsync(ct)).Enabled) return (PeeringManagerResult.Disabled, null);
        if (!(manage ? caller.CanManage(networkId) : caller.CanView(networkId))) return (PeeringManagerResult.Forbidden, null);
        var onLan = await db.Members.Where(m => m.PeeringLanId == lanId && m.PeeringLan!.PeeringManagerEnabled && (m.NetworkId == networkId || m.NetworkId == peerNetworkId))
            .Select(m => m.NetworkId).Distinct().CountAsync(ct);
        if (onLan != 2 || networkId == peerNetworkId) return (PeeringManagerResult.NotFound, null);
        var relation = await db.PeeringRelations.FirstOrDefaultAsync(r => r.ViewingNetworkId == networkId && r.PeeringLanId == lanId && r.PeerNetworkId == peerNetworkId, ct);
        if (relation is null)
        {
            relation = new PeeringRelation { ViewingNetworkId = networkId, PeeringLanId = lanId, PeerNetworkId = peerNetworkId };
            db.PeeringRelations.Add(relation);
        }
        return (PeeringManagerResult.Ok, relation);
    }

    internal async Task<PeeringManagerResult> SaveAsync(PeeringRelation relation, PeeringManagerCaller caller, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new PeeringManagerResult(PeeringManagerOutcome.Invalid, "Someone else changed this peer at the same moment; reload and try again.");
        }
        feed.Publish(new PeeringRelationChanged(relation.ViewingNetworkId, relation.PeeringLanId, relation.PeerNetworkId, caller.UserName));
        return PeeringManagerResult.Ok;
    }

    async Task<int?> DefaultNetworkAsync(CancellationToken ct) =>
        await db.Networks.Where(n => n.IsOurs).OrderBy(n => n.Asn).Select(n => (int?)n.Id).FirstOrDefaultAsync(ct);

    async Task<(TabInput Input, Dictionary<int, (long, string, string?)> Names)> LoadInputAsync(Network viewer, int lanId, int windowDays, CancellationToken ct)
    {
        // The same facts the peering matrix reads (LanRelationsLoader): the two pages cannot disagree about a pair.
        var facts = await relations.LoadAsync(lanId, windowDays, ct);
        var names = await db.Members.AsNoTracking().Where(m => m.PeeringLanId == lanId)
            .Select(m => new { m.NetworkId, m.Network!.Asn, m.Network.Name, m.Network.PeeringPolicy }).Distinct().ToListAsync(ct);
        var byNetwork = new Dictionary<int, (long, string, string?)>(names.Count);
        foreach (var n in names) byNetwork[n.NetworkId] = (n.Asn, n.Name, n.PeeringPolicy);
        return (facts.InputFor(viewer.Id), byNetwork);
    }
}
