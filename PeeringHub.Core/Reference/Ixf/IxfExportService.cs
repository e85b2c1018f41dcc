using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Reference.Ixf;

/// <summary>Our exchange data as an IX-F 1.0 member export, the format IXP Manager publishes (<c>GET /api/exchanges/{id}/ixf</c>).</summary>
public sealed class IxfExportService(PeeringHubDbContext db, TimeProvider clock)
{
    /// <param name="ixfId">The exchange's id in the IX-F database (required by schema 1.0; we do not store it, 0 = unknown).</param>
    /// <exception cref="KeyNotFoundException">no such exchange</exception>
    public async Task<string> ExportAsync(int exchangeId, int ixfId = 0, CancellationToken ct = default)
    {
        var ex = await db.Exchanges.AsNoTracking().Include(e => e.Lans).ThenInclude(l => l.Members).ThenInclude(m => m.Network)
                     .FirstOrDefaultAsync(e => e.Id == exchangeId, ct)
                 ?? throw new KeyNotFoundException($"exchange {exchangeId} does not exist");
        var lans = ex.Lans.OrderBy(l => l.Id).ToList();

        var ixp = new JsonObject
        {
            ["ixp_id"] = ex.Id, ["ixf_id"] = ixfId, ["shortname"] = ex.Name, ["name"] = ex.Name,
            ["vlan"] = new JsonArray(lans.Select(l => (JsonNode)Vlan(l)).ToArray()),
        };
        if (ex.Country is not null) ixp["country"] = ex.Country;
        if (Uri.TryCreate(ex.Website, UriKind.Absolute, out _)) ixp["url"] = ex.Website;
        if (ex.PeeringDbId is not null) ixp["peeringdb_id"] = ex.PeeringDbId;

        var members = lans.SelectMany(l => l.Members.Select(m => (Lan: l, Member: m)))
            .GroupBy(x => x.Member.Network!).OrderBy(g => g.Key.Asn)
            .Select(g => (JsonNode)Member(ex.Id, g.Key, g.ToList())).ToArray();

        var doc = new JsonObject
        {
            ["version"] = "1.0",
            ["timestamp"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["ixp_list"] = new JsonArray(ixp),
            ["member_list"] = new JsonArray(members),
        };
        return doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The LAN's 802.1Q tag is its IX-F vlan id; untagged LANs fall back to our row id so references stay unique.</summary>
    private static int VlanId(PeeringLan l) => l.VlanId ?? l.Id;

    private static JsonObject Vlan(PeeringLan l)
    {
        var v = new JsonObject { ["id"] = VlanId(l), ["name"] = l.Name };
        foreach (var (prefix, family) in new[] { (l.Ipv4Prefix, "ipv4"), (l.Ipv6Prefix, "ipv6") })
            if (prefix is not null && IPNetwork.TryParse(prefix, out var net))
                v[family] = new JsonObject { ["prefix"] = net.BaseAddress.ToString(), ["mask_length"] = net.PrefixLength };
        return v;
    }

    private static JsonObject Member(int ixpId, Network n, List<(PeeringLan Lan, Member Member)> ports)
    {
        JsonObject Family(string address, bool rs, int? maxPrefix)
        {
            var f = new JsonObject { ["address"] = address, ["routeserver"] = rs };
            if (maxPrefix is not null) f["max_prefix"] = maxPrefix;
            if (n.IrrAsSet is not null) f["as_macro"] = n.IrrAsSet;
            return f;
        }
        var vlanList = ports.OrderBy(p => p.Lan.Id).ThenBy(p => p.Member.Id).Select(p =>
        {
            var v = new JsonObject { ["vlan_id"] = VlanId(p.Lan) };
            if (p.Member.Ipv4Address is { } a4) v["ipv4"] = Family(a4, p.Member.IsRouteServerClient, n.MaxPrefixV4);
            if (p.Member.Ipv6Address is { } a6) v["ipv6"] = Family(a6, p.Member.IsRouteServerClient, n.MaxPrefixV6);
            return (JsonNode)v;
        }).ToArray();
        var m = new JsonObject
        {
            ["asnum"] = n.Asn, ["member_type"] = "peering", ["name"] = n.Name,
            ["connection_list"] = new JsonArray(new JsonObject { ["ixp_id"] = ixpId, ["state"] = "active", ["if_list"] = new JsonArray(), ["vlan_list"] = new JsonArray(vlanList) }),
        };
        if (Uri.TryCreate(n.Website, UriKind.Absolute, out _)) m["url"] = n.Website;
        if (n.PeeringPolicy is not null) m["peering_policy"] = n.PeeringPolicy.ToLowerInvariant();
        var mails = new[] { n.PeeringEmail, n.NocEmail }.Where(e => e is not null).Distinct().Select(e => (JsonNode)e!).ToArray();
        if (mails.Length > 0) m["contact_email"] = new JsonArray(mails);
        return m;
    }
}
