using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using static PeeringHub.Core.Reference.PeeringDb.KeepFieldSetter;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Creates/updates Members of linked networks on linked LANs from netixlan (IPs, route-server flag).</summary>
internal sealed class PeeringDbMemberRefresher(PeeringHubDbContext db)
{
    public async Task<(int Added, int Updated, List<string> Conflicts)> RefreshAsync(List<Network> networks, CancellationToken ct)
    {
        int added = 0, updated = 0;
        var conflicts = new List<string>();
        var byPdbId = networks.ToDictionary(n => n.PeeringDbId!.Value);
        var lans = await db.PeeringLans.Include(l => l.Members).Where(l => l.PeeringDbIxLanId != null).ToListAsync(ct);
        foreach (var lan in lans)
        {
            var rows = await db.PdbNetIxLans.AsNoTracking()
                .Where(x => x.IxLanId == lan.PeeringDbIxLanId && byPdbId.Keys.Contains(x.NetId)).OrderBy(x => x.Id).ToListAsync(ct);
            foreach (var row in rows)
            {
                if (row.Ipaddr4 is null && row.Ipaddr6 is null) continue;
                var network = byPdbId[row.NetId];
                // One network can have several ports on a LAN; match the member by any shared address first.
                var member = lan.Members.FirstOrDefault(m => m.NetworkId == network.Id
                                 && (m.Ipv4Address == row.Ipaddr4 && row.Ipaddr4 != null || m.Ipv6Address == row.Ipaddr6 && row.Ipaddr6 != null))
                             ?? lan.Members.FirstOrDefault(m => m.NetworkId == network.Id && lan.Members.Count(x => x.NetworkId == network.Id) == 1
                                 && rows.Count(r => r.NetId == row.NetId) == 1);
                var taken = lan.Members.FirstOrDefault(m => m != member && m.NetworkId != network.Id
                                && (row.Ipaddr4 != null && m.Ipv4Address == row.Ipaddr4 || row.Ipaddr6 != null && m.Ipv6Address == row.Ipaddr6));
                if (taken is not null)
                {
                    conflicts.Add($"{lan.Name}: AS{row.Asn} {row.Ipaddr4} {row.Ipaddr6} is already used by member {taken.Id}; skipped");
                    continue;
                }
                if (member is null)
                {
                    lan.Members.Add(new Member { NetworkId = network.Id, Ipv4Address = row.Ipaddr4, Ipv6Address = row.Ipaddr6, IsRouteServerClient = row.IsRsPeer });
                    added++;
                    continue;
                }
                var k = member.KeepFields;
                var changed = Set(member, k, nameof(member.Ipv4Address), row.Ipaddr4, x => x.Ipv4Address, (x, v) => x.Ipv4Address = v);
                changed |= Set(member, k, nameof(member.Ipv6Address), row.Ipaddr6, x => x.Ipv6Address, (x, v) => x.Ipv6Address = v);
                changed |= Set(member, k, nameof(member.IsRouteServerClient), row.IsRsPeer, x => x.IsRouteServerClient, (x, v) => x.IsRouteServerClient = v);
                if (changed) updated++;
            }
        }
        return (added, updated, conflicts);
    }
}
