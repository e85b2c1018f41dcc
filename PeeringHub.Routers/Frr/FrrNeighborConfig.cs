namespace PeeringHub.Routers.Frr;

/// <summary>The config lines of one neighbor: those directly under <c>router bgp</c> and those per address family
/// (<c>ipv4 unicast</c> → lines). Lines are stored trimmed, e.g. <c>neighbor 192.0.2.14 remote-as 65004</c>.</summary>
internal sealed class FrrNeighborConfig(string neighbor)
{
    public string Neighbor { get; } = neighbor;
    public List<string> Global { get; } = [];
    public SortedDictionary<string, List<string>> Families { get; } = new(StringComparer.Ordinal);
    public bool IsEmpty => Global.Count == 0 && Families.Values.All(l => l.Count == 0);

    public string ToText()
    {
        var lines = Global.Select(l => " " + l).ToList();
        foreach (var (af, fl) in Families.Where(f => f.Value.Count > 0))
        {
            lines.Add($" address-family {af}");
            lines.AddRange(fl.Select(l => "  " + l));
            lines.Add(" exit-address-family");
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// Lines of a session's text (ours or an operator's edit in the Config Manager) that are not configuration of
    /// <paramref name="neighbor"/>: applying only touches that neighbor's lines, so anything else would be dropped unseen.
    /// </summary>
    public static List<string> Foreign(string text, string neighbor)
    {
        var own = $"neighbor {neighbor} ";
        return text.Split('\n').Select(l => l.Trim())
            .Where(t => t.Length > 0 && t != "!" && t != "exit-address-family" && !t.StartsWith(own, StringComparison.Ordinal)
                        && !t.StartsWith("address-family ", StringComparison.Ordinal)
                        && !(t.StartsWith("router bgp ", StringComparison.Ordinal) && !t.Contains(" vrf ", StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>Extracts every neighbor's lines from <c>show running-config</c> output or from rendered text.</summary>
    public static Dictionary<string, FrrNeighborConfig> Extract(string config)
    {
        var map = new Dictionary<string, FrrNeighborConfig>(StringComparer.Ordinal);
        string? af = null;
        var skip = false; // inside a non-default-VRF "router bgp" or another top-level section
        foreach (var raw in config.Split('\n'))
        {
            var t = raw.Trim();
            if (raw.Length > 0 && !char.IsWhiteSpace(raw[0]) && t != "!")
            {
                skip = !(t.StartsWith("router bgp", StringComparison.Ordinal) && !t.Contains(" vrf ", StringComparison.Ordinal)) && !t.StartsWith("neighbor ", StringComparison.Ordinal);
                af = null;
                if (t.StartsWith("router bgp", StringComparison.Ordinal)) continue;
            }
            if (skip) continue;
            if (t.StartsWith("address-family ", StringComparison.Ordinal)) { af = t["address-family ".Length..]; continue; }
            if (t == "exit-address-family") { af = null; continue; }
            var parts = t.Split(' ', 3);
            if (parts.Length < 3 || parts[0] != "neighbor") continue;
            if (!map.TryGetValue(parts[1], out var n)) map[parts[1]] = n = new FrrNeighborConfig(parts[1]);
            if (af is null) n.Global.Add(t);
            else (n.Families.TryGetValue(af, out var l) ? l : n.Families[af] = []).Add(t);
        }
        return map;
    }
}
