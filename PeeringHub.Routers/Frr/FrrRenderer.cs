using System.Net.Sockets;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Frr;

/// <summary>
/// Renders one neighbor as the lines FRR shows under <c>router bgp</c> in its running config, every value through
/// <see cref="SafeText"/>. Policy: the peer group's, or the route-maps <c>PH-IN4</c>/<c>PH-IN6</c> (import) and
/// <c>PH-OUT</c> (export) that the router must define — FRR's eBGP default is to accept and send nothing.
/// </summary>
public static class FrrRenderer
{
    /// <summary>Our rendering, or — for a neighbor the router already has — its lines with only our values changed (<see cref="FrrPatch"/>).</summary>
    public static RenderedConfig Render(SessionConfig s) => s.Existing is { Length: > 0 } e ? FrrPatch.Apply(s, e) : Full(s);

    internal static RenderedConfig Full(SessionConfig s)
    {
        var ip = SafeText.Ip(s.NeighborIp);
        var n = $"neighbor {ip}";
        var v6 = ip.AddressFamily == AddressFamily.InterNetworkV6;
        var cfg = new FrrNeighborConfig(ip.ToString());
        cfg.Global.Add($"{n} remote-as {SafeText.Asn(s.NeighborAsn)}");
        if (s.PeerGroup is not null) cfg.Global.Add($"{n} peer-group {SafeText.Name(s.PeerGroup)}");
        if (s.LocalAsn is { } local) cfg.Global.Add($"{n} local-as {SafeText.Asn(local)}");
        var desc = SafeText.Description(s.Description);
        if (desc.Length > 0) cfg.Global.Add($"{n} description {desc}");
        if (s.Md5Password is { Length: > 0 } pw) cfg.Global.Add($"{n} password {SafeText.Password(pw)}");
        if (s.AdminDown) cfg.Global.Add($"{n} shutdown");
        var af = new List<string> { $"{n} activate" };
        if (s.PeerGroup is null)
        {
            af.Add($"{n} soft-reconfiguration inbound");
            af.Add($"{n} route-map {(v6 ? "PH-IN6" : "PH-IN4")} in");
            af.Add($"{n} route-map PH-OUT out");
        }
        if (s.MaxPrefix is { } max)
        {
            if (max is < 1 or > 10_000_000) throw new RouterException(RouterErrorKind.InvalidInput, $"max prefix {max} out of range");
            af.Add($"{n} maximum-prefix {max}");
        }
        cfg.Families[v6 ? "ipv6 unicast" : "ipv4 unicast"] = af;
        return new RenderedConfig(ip.ToString(), cfg.ToText());
    }
}
