using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Frr;

/// <summary>
/// Configure on a neighbor the router already has: its lines stay (timers, route-maps per address family, soft-reconfiguration,
/// capabilities…) and only the statements PeeringHub manages are replaced — remote-as, peer-group, local-as, description,
/// password, shutdown, maximum-prefix (when set). A Configure without edits therefore gives an empty diff.
/// </summary>
internal static class FrrPatch
{
    static readonly string[] Managed = ["remote-as", "peer-group", "local-as", "description", "password", "shutdown"];

    public static RenderedConfig Apply(SessionConfig s, string existing)
    {
        var ours = FrrNeighborConfig.Extract(FrrRenderer.Full(s).Text).Values.Single();
        var ip = ours.Neighbor;
        var current = FrrNeighborConfig.Extract(existing).GetValueOrDefault(ip)
                      ?? throw new RouterException(RouterErrorKind.InvalidInput, $"the router's configuration has no lines for neighbor {ip}");
        var prefix = $"neighbor {ip} ";
        bool IsManaged(string line) => Managed.Any(k => line.StartsWith(prefix + k + " ", StringComparison.Ordinal) || line == prefix + k);
        string Key(string line) => line[prefix.Length..].Split(' ')[0];
        var mine = ours.Global.Where(IsManaged).ToDictionary(Key);
        var result = new FrrNeighborConfig(ip);
        // in the router's order: unmanaged lines kept, managed ones replaced by ours where they are, dropped when we have none
        foreach (var line in current.Global)
        {
            if (!IsManaged(line)) { result.Global.Add(line); continue; }
            var key = Key(line);
            if (mine.Remove(key, out var replacement)) result.Global.Add(replacement);
            else if (key == "peer-group" && s.PeerGroup is null) result.Global.Add(line); // a group we do not model stays
        }
        // a neighbor in a peer-group may take remote-as from the group: we do not add one it does not have
        var hasRemoteAs = current.Global.Any(l => l.StartsWith(prefix + "remote-as ", StringComparison.Ordinal));
        result.Global.AddRange(mine.Where(kv => kv.Key != "remote-as" || hasRemoteAs).Select(kv => kv.Value));
        foreach (var (af, lines) in current.Families)
        {
            var kept = lines.Where(l => s.MaxPrefix is null || !l.StartsWith(prefix + "maximum-prefix ", StringComparison.Ordinal)).ToList();
            if (s.MaxPrefix is not null && ours.Families.GetValueOrDefault(af) is { } ourFamily)
                kept.AddRange(ourFamily.Where(l => l.StartsWith(prefix + "maximum-prefix ", StringComparison.Ordinal)));
            result.Families[af] = kept;
        }
        return new RenderedConfig(ip, result.ToText());
    }
}
