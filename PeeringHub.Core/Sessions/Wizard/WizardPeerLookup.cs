using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>
/// Step 3's two lookups: the chosen LAN's members in the local PeeringDB mirror (netixlan rows of the LAN's ixlan), and our
/// own networks and members by name, ASN or address. Both answer at most <see cref="Limit"/> peers.
/// </summary>
public sealed class WizardPeerLookup(PeeringHubDbContext db)
{
    public const int Limit = 50;

    /// <summary>PeeringDB members of the LAN matching a name fragment or an ASN (with or without "AS"); empty when the LAN is not linked to PeeringDB.</summary>
    public async Task<IReadOnlyList<WizardPeerOption>> SearchPeeringDbAsync(int lanId, string? text, CancellationToken ct = default)
    {
        var ixLanId = await db.PeeringLans.Where(l => l.Id == lanId).Select(l => l.PeeringDbIxLanId).FirstOrDefaultAsync(ct);
        if (ixLanId is null) return [];
        var (asn, like) = Terms(text);
        var rows = await (from x in db.PdbNetIxLans
                          join n in db.PdbNets on x.NetId equals n.Id
                          where x.IxLanId == ixLanId && x.Status == "ok" && n.Status == "ok"
                                && (asn != null ? n.Asn == asn : EF.Functions.Like(n.Name, like, "\\"))
                          orderby n.Name, x.Id
                          select new { n.Id, n.Asn, n.Name, x.Ipaddr4, x.Ipaddr6, n.InfoPrefixes4, n.InfoPrefixes6, n.IrrAsSet })
            .Take(Limit * 2).ToListAsync(ct);
        var asns = rows.Select(r => r.Asn).Distinct().ToList();
        var known = await db.Networks.Where(n => asns.Contains(n.Asn)).ToDictionaryAsync(n => n.Asn, n => n.Id, ct);
        // A network can have several netixlan rows (one per router, or v4 and v6 apart): one option per network, first address of each family.
        return rows.GroupBy(r => r.Id).Take(Limit).Select(g =>
        {
            var n = g.First();
            return new WizardPeerOption(known.TryGetValue(n.Asn, out var id) ? id : null, n.Id, n.Asn, n.Name,
                g.Select(r => r.Ipaddr4).FirstOrDefault(a => a is not null), g.Select(r => r.Ipaddr6).FirstOrDefault(a => a is not null),
                n.InfoPrefixes4, n.InfoPrefixes6, FirstAsSet(n.IrrAsSet));
        }).ToList();
    }

    /// <summary>Our networks by name or ASN, and members by address; addresses are those on <paramref name="lanId"/> when given.</summary>
    public async Task<IReadOnlyList<WizardPeerOption>> SearchLocalAsync(int? lanId, string? text, CancellationToken ct = default)
    {
        var (asn, like) = Terms(text);
        var trimmed = text?.Trim() ?? "";
        var byIp = IpPrefix.TryParseAddress(trimmed, out var address) ? IpPrefix.Canonical(address) : null;
        var networks = await db.Networks.AsNoTracking().Include(n => n.Memberships)
            .Where(n => !n.IsOurs && (byIp != null
                ? n.Memberships.Any(m => m.Ipv4Address == byIp || m.Ipv6Address == byIp)
                : asn != null ? n.Asn == asn : EF.Functions.Like(n.Name, like, "\\")))
            .OrderBy(n => n.Name).Take(Limit).ToListAsync(ct);
        return networks.Select(n =>
        {
            var member = n.Memberships.FirstOrDefault(m => byIp != null && (m.Ipv4Address == byIp || m.Ipv6Address == byIp))
                         ?? n.Memberships.FirstOrDefault(m => m.PeeringLanId == lanId);
            return new WizardPeerOption(n.Id, n.PeeringDbId, n.Asn, n.Name, member?.Ipv4Address, member?.Ipv6Address, n.MaxPrefixV4, n.MaxPrefixV6, n.IrrAsSet);
        }).ToList();
    }

    /// <summary>Reads "AS65001", "65001" as an ASN, anything else as a case-insensitive name fragment.</summary>
    static (long? Asn, string Like) Terms(string? text)
    {
        var t = (text ?? "").Trim();
        var digits = t.StartsWith("AS", StringComparison.OrdinalIgnoreCase) ? t[2..] : t;
        if (digits.Length > 0 && long.TryParse(digits, out var asn)) return (asn, "");
        var escaped = t.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return (null, $"%{escaped}%");
    }

    static string? FirstAsSet(string? irrAsSet) =>
        irrAsSet?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
