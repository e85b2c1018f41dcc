namespace PeeringHub.Core.Reference.Irr.Demo;

/// <summary>
/// The as-set, route and route6 objects of one RPSL text (blank-line separated objects, continuation lines joined), with the
/// lookups an IRRd answers: a set's members, its recursive ASN expansion, and the prefixes an ASN originates.
/// </summary>
public sealed class RpslStore
{
    readonly Dictionary<string, List<string>> _sets = new(StringComparer.OrdinalIgnoreCase);
    readonly List<(string Prefix, long Origin)> _routes = [];

    /// <summary>The objects' <c>source:</c> (one per file here, e.g. DEMO).</summary>
    public string Source { get; private set; } = "";

    public static RpslStore Parse(string text)
    {
        var store = new RpslStore();
        foreach (var block in text.Replace("\r", "").Split("\n\n"))
        {
            var attrs = new List<(string Key, string Value)>();
            foreach (var line in block.Split('\n'))
            {
                if (line.Length == 0 || line[0] is '#' or '%') continue;
                if (line[0] is ' ' or '\t' or '+' && attrs.Count > 0) { attrs[^1] = (attrs[^1].Key, attrs[^1].Value + " " + line.TrimStart('+').Trim()); continue; }
                var colon = line.IndexOf(':');
                if (colon <= 0) throw new FormatException($"RPSL line without an attribute name: '{line}'");
                attrs.Add((line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim()));
            }
            if (attrs.Count == 0) continue;
            store.Source = attrs.FirstOrDefault(a => a.Key == "source").Value?.ToUpperInvariant() ?? store.Source;
            switch (attrs[0].Key)
            {
                case "as-set":
                    store._sets[attrs[0].Value] = attrs.Where(a => a.Key == "members")
                        .SelectMany(a => a.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)).Select(m => m.ToUpperInvariant()).ToList();
                    break;
                case "route" or "route6":
                    var origin = attrs.FirstOrDefault(a => a.Key == "origin").Value;
                    if (origin is null || !origin.StartsWith("AS", StringComparison.OrdinalIgnoreCase) || !long.TryParse(origin.AsSpan(2), out var asn))
                        throw new FormatException($"RPSL {attrs[0].Key} {attrs[0].Value} has no valid origin");
                    store._routes.Add((attrs[0].Value, asn));
                    break;
            }
        }
        return store;
    }

    public bool HasSet(string name) => _sets.ContainsKey(name);

    public bool HasOrigin(long asn) => _routes.Any(r => r.Origin == asn);

    /// <summary>Member ASNs of a set and of every set nested in it, each set visited once (loops end); null when the set is unknown.</summary>
    public IReadOnlyList<string>? Expand(string name)
    {
        if (!_sets.ContainsKey(name)) return null;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var asns = new SortedSet<long>();
        var stack = new Stack<string>([name]);
        while (stack.Count > 0)
        {
            var set = stack.Pop();
            if (!seen.Add(set)) continue;
            foreach (var m in _sets.GetValueOrDefault(set) ?? [])
                if (AsSetName.IsValid(m) && m.Contains('-')) stack.Push(m);
                else if (m.StartsWith("AS", StringComparison.Ordinal) && long.TryParse(m.AsSpan(2), out var asn)) asns.Add(asn);
        }
        return asns.Select(a => "AS" + a).ToList();
    }

    public IReadOnlyList<string> Routes(long origin, bool ipv6) =>
        _routes.Where(r => r.Origin == origin && r.Prefix.Contains(':') == ipv6).Select(r => r.Prefix).Distinct().ToList();
}
