using System.Text.RegularExpressions;

namespace PeeringHub.Core.Inventory;

/// <summary>RPSL AS-SET names (RFC 2622 §5.1, hierarchical names of RFC 2725), optionally prefixed with an IRR source as SOURCE::NAME.</summary>
public static partial class AsSetName
{
    [GeneratedRegex(@"^(?:[A-Z0-9][A-Z0-9\-]{0,31}::)?(?:AS[0-9]{1,10}:)*AS-[A-Z0-9][A-Z0-9_\-]{0,70}(?::(?:AS[0-9]{1,10}|AS-[A-Z0-9][A-Z0-9_\-]{0,70}))*$|^(?:[A-Z0-9][A-Z0-9\-]{0,31}::)?AS[0-9]{1,10}$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static bool IsValid(string? name) => name is not null && name.Length <= 200 && Pattern().IsMatch(name.Trim());
}
