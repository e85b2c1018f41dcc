namespace PeeringHub.Routers.Frr;

/// <summary>Config-mode commands that turn one neighbor's lines into another's: <c>no</c> for lines that go,
/// the line itself for lines that come, each in its address-family context.</summary>
internal static class FrrDiff
{
    public static List<string> Commands(FrrNeighborConfig from, FrrNeighborConfig to)
    {
        // remote-as first (a neighbor must exist before anything else), never "no"-ed (that would delete the neighbor)
        var cmds = new List<string>();
        cmds.AddRange(to.Global.Where(l => l.Contains(" remote-as ", StringComparison.Ordinal)).Except(from.Global));
        cmds.AddRange(from.Global.Except(to.Global).Where(l => !l.Contains(" remote-as ", StringComparison.Ordinal)).Select(l => "no " + l));
        cmds.AddRange(to.Global.Where(l => !l.Contains(" remote-as ", StringComparison.Ordinal)).Except(from.Global));
        foreach (var af in from.Families.Keys.Union(to.Families.Keys).Order(StringComparer.Ordinal))
        {
            var a = from.Families.GetValueOrDefault(af) ?? [];
            var b = to.Families.GetValueOrDefault(af) ?? [];
            var lines = a.Except(b).Reverse().Select(l => "no " + l).Concat(b.Except(a)).ToList();
            if (lines.Count == 0) continue;
            cmds.Add($"address-family {af}");
            cmds.AddRange(lines);
            cmds.Add("exit-address-family");
        }
        return cmds;
    }
}
