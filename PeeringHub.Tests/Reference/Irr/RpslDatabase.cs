namespace PeeringHub.Tests.Reference.Irr;

/// <summary>The test server's data: as-set, route and route6 objects parsed from an RPSL file, per source.</summary>
internal sealed class RpslDatabase
{
    public List<string> Sources { get; } = [];
    private readonly Dictionary<(string Source, string Name), List<string>> _sets = new();
    private readonly List<(string Prefix, long Origin, string Source)> _routes = [];

    public static RpslDatabase Load(string path)
    {
        var db = new RpslDatabase();
        foreach (var block in File.ReadAllText(path).Replace("\r", "").Split("\n\n"))
        {
            var attrs = new List<(string Key, string Value)>();
            foreach (var line in block.Split('\n'))
            {
                if (line.Length == 0 || line[0] is '#' or '%') continue;
                if (line[0] is ' ' or '\t' or '+') { attrs[^1] = (attrs[^1].Key, attrs[^1].Value + " " + line.TrimStart('+').Trim()); continue; }
                var colon = line.IndexOf(':');
                attrs.Add((line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim()));
            }
            if (attrs.Count == 0) continue;
            var source = attrs.First(a => a.Key == "source").Value.ToUpperInvariant();
            if (!db.Sources.Contains(source)) db.Sources.Add(source);
            switch (attrs[0].Key)
            {
                case "as-set":
                    db._sets[(source, attrs[0].Value.ToUpperInvariant())] = attrs.Where(a => a.Key == "members")
                        .SelectMany(a => a.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)).Select(m => m.ToUpperInvariant()).ToList();
                    break;
                case "route" or "route6":
                    db._routes.Add((attrs[0].Value, long.Parse(attrs.First(a => a.Key == "origin").Value[2..]), source));
                    break;
            }
        }
        return db;
    }

    /// <summary>Members of a set, first matching source wins (IRRd's source order). Null if no source has it.</summary>
    public List<string>? Set(string name, IReadOnlyList<string> sources) =>
        sources.Select(s => _sets.GetValueOrDefault((s, name.ToUpperInvariant()))).FirstOrDefault(m => m is not null);

    /// <summary>Recursive expansion to ASNs with loop protection, as IRRd's <c>!i…,1</c> does.</summary>
    public List<string>? ExpandRecursive(string name, IReadOnlyList<string> sources)
    {
        if (Set(name, sources) is null) return null;
        var seen = new HashSet<string>();
        var asns = new SortedSet<long>();
        var stack = new Stack<string>([name.ToUpperInvariant()]);
        while (stack.Count > 0)
        {
            var set = stack.Pop();
            if (!seen.Add(set)) continue;
            foreach (var m in Set(set, sources) ?? [])
                if (m.Contains("AS-")) stack.Push(m);
                else asns.Add(long.Parse(m[2..]));
        }
        return asns.Select(a => "AS" + a).ToList();
    }

    public IEnumerable<string> Routes(long origin, bool ipv6, IReadOnlyList<string> sources) =>
        _routes.Where(r => r.Origin == origin && r.Prefix.Contains(':') == ipv6 && sources.Contains(r.Source)).Select(r => r.Prefix).Distinct();
}
