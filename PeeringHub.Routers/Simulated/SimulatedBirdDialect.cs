using System.Text.RegularExpressions;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Simulated;

/// <summary>
/// BIRD 2 as a simulated router speaks it: one include file per session, rendered by <see cref="BirdRenderer"/>, checked the way
/// <c>configure check</c> would read the statements PeeringHub renders (every value by <see cref="SafeText"/>'s rules, the
/// template must exist), and admin state persisted as the file's <c>disabled;</c> line like the real gate does.
/// A statement PeeringHub does not render is refused as BIRD refuses an unknown keyword.
/// </summary>
internal sealed partial class SimulatedBirdDialect : ISimulatedDialect
{
    /// <summary>The templates a BIRD router set up for PeeringHub defines besides the peer groups (see docs/routers.md).</summary>
    static readonly string[] DefaultTemplates = ["peer4", "peer6"];

    [GeneratedRegex(@"^protocol\s+bgp\s+(\S+)(?:\s+from\s+(\S+))?\s*\{$")] private static partial Regex Header();
    [GeneratedRegex(@"^description\s+""([^""]*)""\s*;$")] private static partial Regex DescriptionLine();
    [GeneratedRegex(@"^neighbor\s+(\S+)\s+as\s+(\d{1,10})\s*;$")] private static partial Regex NeighborLine();
    [GeneratedRegex(@"^local\s+as\s+(\d{1,10})\s*;$")] private static partial Regex LocalAsLine();
    [GeneratedRegex(@"^password\s+""([^""]*)""\s*;$")] private static partial Regex PasswordLine();
    [GeneratedRegex(@"^(ipv4|ipv6)\s*\{\s*receive\s+limit\s+(\d{1,8})\s+action\s+restart\s*;\s*\}\s*;$")] private static partial Regex LimitLine();
    [GeneratedRegex(@"^disabled(\s+(yes|on))?\s*;$")] private static partial Regex DisabledLine();

    public string Platform => RouterPlatform.Bird2;

    public RenderedConfig Render(SessionConfig session) => BirdRenderer.Render(session);

    public SimulatedSession Check(RenderedConfig config, SimulatedDefinitions defined)
    {
        var name = SafeText.Name(config.Session);
        var file = $"{name}.conf";
        if (ConfigText.Refusal(config.Text) is { } refusal) throw Rejected($"{file}: {refusal}");
        string? ip = null, description = null, password = null, group = null;
        long? asn = null, localAs = null;
        var disabled = false;
        var stage = 0; // 0: before "protocol bgp", 1: in its block, 2: after its closing brace
        var lines = config.Text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0 || t.StartsWith('#')) continue;
            string Where() => $"{file}:{i + 1}";
            Match m;
            if (stage == 0)
            {
                if (!(m = Header().Match(t)).Success) throw Rejected($"{Where()}: syntax error, expected 'protocol bgp {name} from TEMPLATE {{': '{Shown(t)}'");
                if (m.Groups[1].Value != name) throw Rejected($"{Where()}: the file of {name} defines protocol '{Shown(m.Groups[1].Value)}'");
                group = m.Groups[2].Success ? m.Groups[2].Value : null;
                if (group is not null && !DefaultTemplates.Contains(group) && !defined.PeerGroups.Contains(group))
                    throw Rejected($"{Where()}: template '{Shown(group)}' is not defined on the router");
                stage = 1;
            }
            else if (stage == 2) throw Rejected($"{Where()}: syntax error after the end of protocol {name}: '{Shown(t)}'");
            else if (t == "}") stage = 2;
            else if ((m = DescriptionLine().Match(t)).Success) description = m.Groups[1].Value;
            else if ((m = NeighborLine().Match(t)).Success) (ip, asn) = (Value(() => SafeText.Ip(m.Groups[1].Value).ToString(), Where()), Asn(m.Groups[2].Value, Where()));
            else if ((m = LocalAsLine().Match(t)).Success) localAs = Asn(m.Groups[1].Value, Where());
            else if ((m = PasswordLine().Match(t)).Success) password = Value(() => SafeText.Password(m.Groups[1].Value), Where());
            else if ((m = LimitLine().Match(t)).Success)
            {
                if (int.Parse(m.Groups[2].Value) is < 1 or > 10_000_000) throw Rejected($"{Where()}: receive limit out of range");
            }
            else if (DisabledLine().IsMatch(t)) disabled = true;
            else throw Rejected($"{Where()}: syntax error, unknown statement '{Shown(t)}'");
        }
        if (stage != 2) throw Rejected($"{file}: unexpected end of file, protocol {name} is not closed with '}}'");
        if (ip is null || asn is null) throw Rejected($"{file}: protocol {name}: Neighbor must be configured");
        return new SimulatedSession(ip, asn.Value, localAs, password, disabled, description, group);
    }

    public string SetAdminState(RenderedConfig config, bool down, string? message) =>
        BirdRenderer.SetDisabled(SafeText.Name(config.Session), config.Text, down);

    static long Asn(string digits, string where) => Value(() => long.Parse(SafeText.Asn(long.Parse(digits))), where);

    static T Value<T>(Func<T> read, string where)
    {
        try { return read(); }
        catch (RouterException e) { throw Rejected($"{where}: {e.Message}"); }
    }

    static string Shown(string s) => s.Length > 80 ? s[..80] + "…" : s;

    static RouterException Rejected(string why) => new(RouterErrorKind.Rejected, $"BIRD (simulated) rejected the configuration: {why}");
}
