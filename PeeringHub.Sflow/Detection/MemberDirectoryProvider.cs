using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// Holds the current <see cref="MemberDirectory"/> and rebuilds it from the database: members on LANs with the Peering Matrix
/// flag, keyed by each LAN's detection VLAN (tag, 0 for untagged, none for any). The collector refreshes it when
/// <c>LanMembershipFeed</c> reports a change, and on a slow timer for changes made outside the app.
/// </summary>
public sealed class MemberDirectoryProvider(IServiceScopeFactory scopes, ILogger<MemberDirectoryProvider> logger)
{
    volatile MemberDirectory _current = MemberDirectory.Empty;
    readonly SemaphoreSlim _gate = new(1, 1);

    public MemberDirectory Current => _current;
    /// <summary>When the directory was last rebuilt (null before the first load).</summary>
    public DateTime? LoadedAt { get; private set; }

    public async Task<MemberDirectory> RefreshAsync(CancellationToken ct = default)
    {
        // two refreshes racing (event + timer) must not let an older read win
        await _gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            var lans = await db.PeeringLans.AsNoTracking().Where(l => l.PeeringMatrixEnabled)
                .Select(l => new { l.Id, l.VlanId, l.VlanMode }).ToListAsync(ct);
            var vlanOf = lans.ToDictionary(l => l.Id, l => PeeringLan.DetectionVlanOf(l.VlanId, l.VlanMode));
            var lanIds = vlanOf.Keys.ToList();
            var members = await db.Members.AsNoTracking().Where(m => lanIds.Contains(m.PeeringLanId))
                .Select(m => new { m.Id, m.NetworkId, m.PeeringLanId, m.Ipv4Address, m.Ipv6Address }).ToListAsync(ct);
            var entries = new List<DirectoryEntry>(members.Count * 2);
            foreach (var m in members)
                foreach (var text in new[] { m.Ipv4Address, m.Ipv6Address })
                {
                    if (string.IsNullOrWhiteSpace(text)) continue;
                    // tolerate "address/len" as some imports write the interface form
                    var bare = text.Split('/')[0].Trim();
                    if (!IPAddress.TryParse(bare, out var ip))
                    {
                        logger.LogWarning("Member {MemberId} has an unparsable address {Address}; ignored for sFlow detection", m.Id, text);
                        continue;
                    }
                    entries.Add(new DirectoryEntry(IpAddressKey.From(ip), vlanOf[m.PeeringLanId], new MemberEndpoint(m.PeeringLanId, m.Id, m.NetworkId)));
                }
            var directory = new MemberDirectory(entries);
            _current = directory;
            LoadedAt = DateTime.UtcNow;
            foreach (var c in directory.Conflicts) logger.LogWarning("sFlow member directory: {Conflict}", c);
            logger.LogInformation("sFlow member directory: {Addresses} addresses on {Lans} matrix LANs", directory.AddressCount, lans.Count);
            return directory;
        }
        finally { _gate.Release(); }
    }
}
