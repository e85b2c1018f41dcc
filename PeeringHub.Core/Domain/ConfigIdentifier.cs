using System.Text.RegularExpressions;

namespace PeeringHub.Core.Domain;

/// <summary>
/// The one rule for names that are written into router configuration as identifiers (peer groups, policies, BIRD protocol
/// names): the API, forms and importers validate with it and the renderers refuse anything else with it, so a name the app
/// accepts can always be rendered. It is what every platform takes: a BIRD symbol (no '-') that is also an FRR WORD.
/// The name is the name of an object on the router (a BIRD template, an FRR peer-group), so it is not mapped to another one:
/// a mapped name would point to a template nobody defined, and two names could map to the same one.
/// </summary>
public static partial class ConfigIdentifier
{
    public const string Pattern = "^[A-Za-z][A-Za-z0-9_]{0,63}$";

    /// <summary>What the rule asks, for messages.</summary>
    public const string Description = "start with a letter; use letters, digits and '_' (up to 64 characters; BIRD names cannot contain '-')";

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();

    public static bool IsValid(string? value) => value is not null && Regex().IsMatch(value);
}
