using System.Text.RegularExpressions;

namespace PeeringHub.Core.Reference.Irr;

/// <summary>
/// An ASN or RPSL AS-SET name, optionally prefixed with a source in bgpq4/IRRd notation: <c>RIPE::AS-EXAMPLE</c>.
/// Names are upper-cased because RPSL names are case-insensitive and the AsSet table keys on them.
/// </summary>
public sealed partial record AsSetName(string? Source, string Name)
{
    public long? Asn => AsnPattern().Match(Name) is { Success: true } m ? long.Parse(m.Groups[1].Value) : null;

    public override string ToString() => Source is null ? Name : $"{Source}::{Name}";

    public static AsSetName Parse(string text) =>
        TryParse(text, out var name, out var error) ? name : throw new IrrException(IrrErrorKind.InvalidName, error);

    /// <summary>True for names the forms accept (the same rule the IRR client uses).</summary>
    public static bool IsValid(string? text) => text is not null && text.Length <= 200 && TryParse(text, out _, out _);

    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AsSetName? name, out string error)
    {
        name = null;
        error = "";
        var t = text.Trim().ToUpperInvariant();
        string? source = null;
        var sep = t.IndexOf("::", StringComparison.Ordinal);
        if (sep >= 0)
        {
            source = t[..sep];
            t = t[(sep + 2)..];
            if (!SourcePattern().IsMatch(source))
            {
                error = $"'{text}': invalid IRR source '{source}'";
                return false;
            }
        }
        var asn = AsnPattern().Match(t);
        var isAsn = asn.Success && long.TryParse(asn.Groups[1].Value, out var n) && PeeringHub.Core.Domain.Asn.IsValid(n);
        // RPSL (RFC 2622 §5.1): components joined by ':', at least one is an "AS-" set name, others may be ASNs.
        var isSet = SetPattern().IsMatch(t) && t.Split(':').Any(c => c.StartsWith("AS-", StringComparison.Ordinal));
        if (!isAsn && !isSet)
        {
            error = $"'{text}' is neither an ASN (AS65000) nor an AS-SET name (AS-EXAMPLE, AS65000:AS-CUSTOMERS)";
            return false;
        }
        name = new AsSetName(source, t);
        return true;
    }

    [GeneratedRegex("^AS([0-9]{1,10})$")]
    private static partial Regex AsnPattern();

    [GeneratedRegex("^[A-Z0-9][A-Z0-9_-]{0,31}$")]
    private static partial Regex SourcePattern();

    [GeneratedRegex("^(AS[0-9]{1,10}|AS-[A-Z0-9_-]+)(:(AS[0-9]{1,10}|AS-[A-Z0-9_-]+))*$")]
    private static partial Regex SetPattern();
}
