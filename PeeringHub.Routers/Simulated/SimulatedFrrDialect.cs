using System.Text.RegularExpressions;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Frr;

namespace PeeringHub.Routers.Simulated;

/// <summary>
/// FRR as a simulated router speaks it: a neighbor's lines under <c>router bgp</c>, rendered by <see cref="FrrRenderer"/>, checked
/// with the real driver's own checks (lines of another neighbor, route-maps and peer-groups the router does not define) and
/// then line by line as vtysh would take them (every value by <see cref="SafeText"/>'s rules; vtysh stops at an unknown
/// command). Admin state is the <c>neighbor … shutdown</c> line, as <c>write memory</c> keeps it.
/// </summary>
internal sealed partial class SimulatedFrrDialect : ISimulatedDialect
{
    /// <summary>The route-maps a FRR router set up for PeeringHub defines (see <see cref="FrrRenderer"/>).</summary>
    static readonly string[] RouteMaps = ["PH-IN4", "PH-IN6", "PH-OUT"];

    [GeneratedRegex(@"^remote-as (\d{1,10})$")] private static partial Regex RemoteAs();
    [GeneratedRegex(@"^local-as (\d{1,10})( no-prepend( replace-as)?)?$")] private static partial Regex LocalAs();
    [GeneratedRegex(@"^peer-group (\S+)$")] private static partial Regex PeerGroup();
    [GeneratedRegex(@"^description (.+)$")] private static partial Regex Description();
    [GeneratedRegex(@"^password (\S+)$")] private static partial Regex Password();
    [GeneratedRegex(@"^shutdown( message .+)?$")] private static partial Regex Shutdown();
    [GeneratedRegex(@"^(activate|soft-reconfiguration inbound|route-map \S+ (in|out)|maximum-prefix (\d{1,8}))$")] private static partial Regex FamilyLine();
    [GeneratedRegex(@"^address-family (ipv4|ipv6) unicast$")] private static partial Regex AddressFamily();

    public string Platform => RouterPlatform.Frr;

    public RenderedConfig Render(SessionConfig session) => FrrRenderer.Render(session);

    public SimulatedSession Check(RenderedConfig config, SimulatedDefinitions defined)
    {
        var ip = SafeText.Ip(config.Session).ToString();
        if (ConfigText.Refusal(config.Text) is { } refusal) throw Rejected(refusal);
        var foreign = FrrNeighborConfig.Foreign(config.Text, ip);
        if (foreign.Count > 0)
            throw Rejected($"not configuration of neighbor {ip}: " + PasswordMask.Hide(string.Join("; ", foreign.Take(3).Select(l => $"'{l}'"))));
        var running = string.Concat(RouteMaps.Select(r => $"\nroute-map {r} permit 10\n")) + string.Concat(defined.PeerGroups.Select(g => $" neighbor {g} peer-group\n"));
        var missing = FrrReferences.Missing(config.Text, running);
        if (missing.Count > 0) throw Rejected("not defined on the router: " + string.Join(", ", missing));

        long? asn = null, localAs = null;
        string? password = null, description = null, group = null;
        var shutdown = false;
        var inFamily = false;
        var prefix = $"neighbor {ip} ";
        var lines = config.Text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0 || t == "!" || t.StartsWith("router bgp ", StringComparison.Ordinal)) continue;
            string Where() => $"line {i + 1}";
            if (AddressFamily().IsMatch(t)) { inFamily = true; continue; }
            if (t == "exit-address-family") { inFamily = false; continue; }
            if (!t.StartsWith(prefix, StringComparison.Ordinal)) throw Unknown(t, Where());
            var rest = t[prefix.Length..];
            Match m;
            if (inFamily)
            {
                if (!(m = FamilyLine().Match(rest)).Success) throw Unknown(t, Where());
                if (m.Groups[3].Success && int.Parse(m.Groups[3].Value) is < 1 or > 10_000_000) throw Rejected($"{Where()}: maximum-prefix out of range");
            }
            else if ((m = RemoteAs().Match(rest)).Success) asn = Asn(m.Groups[1].Value, Where());
            else if ((m = LocalAs().Match(rest)).Success) localAs = Asn(m.Groups[1].Value, Where());
            else if ((m = PeerGroup().Match(rest)).Success) group = Value(() => SafeText.Name(m.Groups[1].Value), Where());
            else if ((m = Password().Match(rest)).Success) password = Value(() => SafeText.Password(m.Groups[1].Value), Where());
            else if (Shutdown().IsMatch(rest)) shutdown = true;
            else if ((m = Description().Match(rest)).Success) description = m.Groups[1].Value;
            else throw Unknown(t, Where());
        }
        if (asn is null) throw Rejected($"neighbor {ip}: % Specify remote-as or peer-group commands first");
        return new SimulatedSession(ip, asn.Value, localAs, password, shutdown, description, group);
    }

    public string SetAdminState(RenderedConfig config, bool down, string? message)
    {
        var ip = SafeText.Ip(config.Session).ToString();
        var neighbor = FrrNeighborConfig.Extract(config.Text).GetValueOrDefault(ip)
                       ?? throw new RouterException(RouterErrorKind.InvalidInput, $"{ip}: no such neighbor");
        var line = $"neighbor {ip} shutdown";
        neighbor.Global.RemoveAll(l => l == line || l.StartsWith(line + " ", StringComparison.Ordinal));
        if (down) neighbor.Global.Add(message is null ? line : $"{line} message {message}");
        return neighbor.ToText();
    }

    static long Asn(string digits, string where) => Value(() => long.Parse(SafeText.Asn(long.Parse(digits))), where);

    static T Value<T>(Func<T> read, string where)
    {
        try { return read(); }
        catch (RouterException e) { throw Rejected($"{where}: {e.Message}"); }
    }

    static RouterException Unknown(string line, string where) =>
        Rejected($"{where}: % Unknown command: {PasswordMask.Hide(line.Length > 80 ? line[..80] + "…" : line)}");

    static RouterException Rejected(string why) => new(RouterErrorKind.Rejected, $"FRR (simulated) rejected the configuration: {why}");
}
