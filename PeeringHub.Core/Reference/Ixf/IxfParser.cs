using System.Net.Sockets;
using System.Text.Json;

namespace PeeringHub.Core.Reference.Ixf;

/// <summary>
/// Validates an IX-F member export against the 0.6/0.7/1.0 schemas (hand-written checks of the parts we read and of
/// every "required", "type", "enum" and address/date format in them) and maps it to an <see cref="IxfDocument"/>.
/// </summary>
public static class IxfParser
{
    public static readonly IReadOnlyList<string> Versions = ["0.6", "0.7", "1.0"];

    private static readonly Dictionary<string, string[]> MemberTypes = new()
    {
        ["0.6"] = ["peering", "ixp", "other"],
        ["0.7"] = ["peering", "ixp", "routeserver", "probono", "other"],
        ["1.0"] = ["peering", "ixp", "other"],
    };

    public static IxfParseResult Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return new IxfParseResult(null, [$"$: invalid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}: {ex.Message}"]);
        }
        using (doc)
            return Parse(doc.RootElement);
    }

    public static IxfParseResult Parse(JsonElement root)
    {
        var c = new IxfCheck();
        if (!c.Object(root, "$")) return new IxfParseResult(null, c.Errors);
        var version = c.String(root, "version", "$", required: true, allowed: Versions);
        var timestamp = c.DateTime(root, "timestamp", "$", required: true);

        var ixps = new List<IxfIxp>();
        foreach (var (e, path) in c.Array(root, "ixp_list", "$", required: true))
            if (c.Object(e, path) && ReadIxp(c, e, path, version) is { } ixp)
            {
                if (ixps.Any(x => x.IxpId == ixp.IxpId)) c.Fail($"{path}.ixp_id", $"{ixp.IxpId} appears twice in ixp_list");
                ixps.Add(ixp);
            }

        var members = new List<IxfMember>();
        foreach (var (e, path) in c.Array(root, "member_list", "$", required: true))
            if (c.Object(e, path) && ReadMember(c, e, path, version, ixps) is { } m)
                members.Add(m);

        CheckDuplicateAddresses(c, members);
        return c.Errors.Count > 0 || version is null || timestamp is null
            ? new IxfParseResult(null, c.Errors)
            : new IxfParseResult(new IxfDocument(version, timestamp, ixps, members), []);
    }

    /// <summary>Not a schema rule, but two members cannot hold one address on a LAN, and the database would refuse it anyway.</summary>
    private static void CheckDuplicateAddresses(IxfCheck c, List<IxfMember> members)
    {
        var uses = members.SelectMany(m => m.Connections.SelectMany(x => new[] { x.Ipv4Address, x.Ipv6Address }
                .Where(a => a is not null).Select(a => (x.IxpId, x.VlanId, Address: a!, m.Asn))))
            .GroupBy(u => (u.IxpId, u.VlanId, u.Address)).Where(g => g.Count() > 1);
        foreach (var g in uses)
            c.Fail("$.member_list", $"address {g.Key.Address} on ixp {g.Key.IxpId} vlan {g.Key.VlanId} is used {g.Count()} times ({string.Join(", ", g.Select(u => "AS" + u.Asn))})");
    }

    private static IxfIxp? ReadIxp(IxfCheck c, JsonElement e, string path, string? version)
    {
        var ixpId = c.Integer(e, "ixp_id", path, required: true, min: 0, max: int.MaxValue);
        var ixfId = c.Integer(e, "ixf_id", path, required: version is "0.7" or "1.0", min: 0, max: int.MaxValue);
        var shortname = c.String(e, "shortname", path, required: true);
        var name = c.String(e, "name", path);
        c.String(e, "country", path);
        c.Uri(e, "url", path);
        var pdb = c.Integer(e, "peeringdb_id", path, min: 1, max: int.MaxValue);
        var vlans = new List<IxfVlan>();
        foreach (var (v, vpath) in c.Array(e, "vlan", path))
        {
            if (!c.Object(v, vpath)) continue;
            var id = c.Integer(v, "id", vpath, min: 0, max: int.MaxValue);
            vlans.Add(new IxfVlan((int?)id, c.String(v, "name", vpath), Prefix(c, v, "ipv4", vpath, AddressFamily.InterNetwork),
                Prefix(c, v, "ipv6", vpath, AddressFamily.InterNetworkV6)));
        }
        return ixpId is null || shortname is null ? null : new IxfIxp((int)ixpId, (int?)ixfId, shortname, name, (int?)pdb, vlans);
    }

    private static string? Prefix(IxfCheck c, JsonElement vlan, string family, string path, AddressFamily af)
    {
        if (!c.Prop(vlan, family, path, false, out var p) || !c.Object(p, $"{path}.{family}")) return null;
        var fpath = $"{path}.{family}";
        var address = c.Address(p, "prefix", fpath, af);
        var len = c.Integer(p, "mask_length", fpath, min: 0, max: af == AddressFamily.InterNetwork ? 32 : 128);
        if (address is null || len is null) return null;
        if (System.Net.IPNetwork.TryParse($"{address}/{len}", out var net)) return net.ToString();
        c.Fail(fpath, $"{address}/{len} has host bits set");
        return null;
    }

    private static IxfMember? ReadMember(IxfCheck c, JsonElement e, string path, string? version, List<IxfIxp> ixps)
    {
        var asn = c.Integer(e, "asnum", path, required: true, min: 1, max: 4_294_967_295);
        c.String(e, "member_type", path, allowed: version is null ? null : MemberTypes[version]);
        var name = c.String(e, "name", path);
        var url = c.Uri(e, "url", path);
        foreach (var (mail, mpath) in c.Array(e, "contact_email", path))
            if (mail.ValueKind != JsonValueKind.String || !mail.GetString()!.Contains('@')) c.Fail(mpath, "is not an e-mail address");

        var connections = new List<IxfConnection>();
        foreach (var (conn, cpath) in c.Array(e, "connection_list", path, required: true))
        {
            if (!c.Object(conn, cpath)) continue;
            var ixpId = c.Integer(conn, "ixp_id", cpath, required: true, min: 0, max: int.MaxValue);
            var ixp = ixps.FirstOrDefault(x => x.IxpId == ixpId);
            if (ixpId is not null && ixp is null) c.Fail($"{cpath}.ixp_id", $"{ixpId} is not in ixp_list");
            c.String(conn, "state", cpath);
            c.Array(conn, "if_list", cpath);
            foreach (var (v, vpath) in c.Array(conn, "vlan_list", cpath))
            {
                if (!c.Object(v, vpath)) continue;
                var vlanId = (int?)c.Integer(v, "vlan_id", vpath, min: 0, max: int.MaxValue);
                if (vlanId is not null && ixp is { Vlans.Count: > 0 } && ixp.Vlans.All(x => x.Id != vlanId))
                    c.Fail($"{vpath}.vlan_id", $"{vlanId} is not a VLAN of ixp {ixp.IxpId}");
                var v4 = Family(c, v, "ipv4", vpath, AddressFamily.InterNetwork);
                var v6 = Family(c, v, "ipv6", vpath, AddressFamily.InterNetworkV6);
                if (v4.Address is null && v6.Address is null)
                {
                    if (!v.TryGetProperty("ipv4", out _) && !v.TryGetProperty("ipv6", out _)) c.Fail(vpath, "has neither ipv4 nor ipv6");
                    continue;
                }
                connections.Add(new IxfConnection((int)(ixpId ?? 0), vlanId, v4.Address, v6.Address, v4.Rs || v6.Rs,
                    v4.MaxPrefix, v6.MaxPrefix, v4.AsMacro ?? v6.AsMacro));
            }
        }
        return asn is null ? null : new IxfMember(asn.Value, name, url, connections);
    }

    private static (string? Address, bool Rs, int? MaxPrefix, string? AsMacro) Family(IxfCheck c, JsonElement v, string family, string path, AddressFamily af)
    {
        if (!c.Prop(v, family, path, false, out var f)) return default;
        var fpath = $"{path}.{family}";
        if (!c.Object(f, fpath)) return default;
        var address = c.Address(f, "address", fpath, af);
        var rs = c.Boolean(f, "routeserver", fpath) ?? false;
        var max = c.Integer(f, "max_prefix", fpath, min: 0, max: int.MaxValue);
        var macro = c.String(f, "as_macro", fpath);
        c.Array(f, "mac_addresses", fpath);
        return (address, rs, (int?)max, string.IsNullOrWhiteSpace(macro) ? null : macro.Trim());
    }
}
