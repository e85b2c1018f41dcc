using System.Text.RegularExpressions;
using PeeringHub.Core.Domain;

namespace PeeringHub.Routers.Bird;

/// <summary>Neighbor addresses a BIRD config text defines (<c>neighbor 192.0.2.11 as 65001;</c>), canonical, comments ignored.</summary>
internal static partial class BirdNeighbors
{
    [GeneratedRegex(@"(?m)^[^#\n]*?\bneighbor\s+([0-9A-Fa-f:.]+)")]
    private static partial Regex Neighbor();

    public static HashSet<string> In(string text) =>
        Neighbor().Matches(text).Select(m => IpPrefix.TryParseAddress(m.Groups[1].Value, out var ip) ? ip.ToString() : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
}
