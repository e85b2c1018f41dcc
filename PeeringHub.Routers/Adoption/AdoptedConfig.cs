using System.Text.RegularExpressions;

namespace PeeringHub.Routers.Adoption;

/// <summary>What an imported session carries over from its configuration on the router, besides address and AS.</summary>
/// <param name="Md5Password">Plaintext; the importer stores it encrypted.</param>
/// <param name="Description">As configured. Example: <c>AS65001 Example Networks</c>.</param>
/// <param name="AdminDown">BIRD <c>disabled;</c> / FRR <c>neighbor X shutdown</c>.</param>
/// <param name="PeerGroup">BIRD template (<c>from T</c>) / FRR peer-group.</param>
public sealed partial record AdoptedConfig(string? Md5Password, string? Description, bool AdminDown, string? PeerGroup)
{
    [GeneratedRegex(@"(?m)^\s*protocol\s+bgp\s+\w+\s+from\s+(\w+)")]
    private static partial Regex BirdTemplate();

    [GeneratedRegex(@"\bpassword\s+""([^""\n]*)""\s*;")]
    private static partial Regex BirdPassword();

    [GeneratedRegex(@"\bdescription\s+""([^""\n]*)""\s*;")]
    private static partial Regex BirdDescription();

    [GeneratedRegex(@"(?m)(^|[;{]\s*)disabled(\s+(yes|on))?\s*;")]
    private static partial Regex BirdDisabled();

    /// <summary>From a BIRD protocol block, e.g. <c>protocol bgp p001 from peer4 { neighbor …; password "s"; }</c>.</summary>
    public static AdoptedConfig FromBird(string text)
    {
        var noComments = string.Join('\n', text.Split('\n').Select(l => l.Split('#')[0]));
        return new(BirdPassword().Match(noComments) is { Success: true } p ? p.Groups[1].Value : null,
            BirdDescription().Match(noComments) is { Success: true } d ? d.Groups[1].Value : null,
            BirdDisabled().IsMatch(noComments),
            BirdTemplate().Match(noComments) is { Success: true } t ? t.Groups[1].Value : null);
    }

    /// <summary>From one neighbor's lines of FRR's running config (as <c>FrrDriver.ReadRunningConfigAsync</c> returns them).</summary>
    public static AdoptedConfig FromFrr(string neighbor, string text)
    {
        var prefix = $"neighbor {neighbor} ";
        var own = text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..]).ToList();
        string? Value(string key) => own.FirstOrDefault(l => l.StartsWith(key + " ", StringComparison.Ordinal))?[(key.Length + 1)..].Trim();
        return new(Value("password"), Value("description"), own.Any(l => l == "shutdown" || l.StartsWith("shutdown ", StringComparison.Ordinal)), Value("peer-group"));
    }
}
