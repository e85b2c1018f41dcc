using System.Text.RegularExpressions;

namespace PeeringHub.Routers.Frr;

/// <summary>Finds route-maps and peer-groups a rendered neighbor refers to that the running config does not define.</summary>
internal static partial class FrrReferences
{
    [GeneratedRegex(@"route-map (\S+) (in|out)$")]
    private static partial Regex RouteMapUse();

    [GeneratedRegex(@" peer-group (\S+)$")]
    private static partial Regex PeerGroupUse();

    public static List<string> Missing(string rendered, string running)
    {
        var missing = new List<string>();
        foreach (var line in rendered.Split('\n').Select(l => l.Trim()))
        {
            if (RouteMapUse().Match(line) is { Success: true } rm && !running.Contains($"\nroute-map {rm.Groups[1].Value} ", StringComparison.Ordinal))
                missing.Add($"route-map {rm.Groups[1].Value}");
            if (PeerGroupUse().Match(line) is { Success: true } pg && !running.Contains($" neighbor {pg.Groups[1].Value} peer-group\n", StringComparison.Ordinal))
                missing.Add($"peer-group {pg.Groups[1].Value}");
        }
        return missing.Distinct().ToList();
    }
}
