using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace PeeringHub.Routers.Contract;

/// <summary>
/// The only way values reach a CLI or config file: each method validates (throwing <see cref="RouterException"/>
/// with <see cref="RouterErrorKind.InvalidInput"/>) or normalises to a form that cannot break out of its slot.
/// BIRD 2 strings have no escape sequences (a <c>"</c> always ends the string, checked with bird 2.0.12), and FRR takes
/// the rest of the line as text, so descriptions lose <c>"</c> and control characters instead of being escaped.
/// </summary>
public static partial class SafeText
{
    public const int MaxDescription = 200;

    [GeneratedRegex("^[0-9A-Fa-f:.]{2,45}$")]
    private static partial Regex IpChars();

    // Printable ASCII without space, quotes and backslash: survives BIRD strings, FRR WORD tokens and shell quoting.
    [GeneratedRegex("^[!#-&(-\\[\\]-~]{1,80}$")]
    private static partial Regex PasswordPattern();

    /// <summary>Session/protocol/group name, by the rule the peer-group validator uses too (<see cref="PeeringHub.Core.Domain.ConfigIdentifier"/>).
    /// Example: <c>ph_42</c>.</summary>
    public static string Name(string? value) =>
        PeeringHub.Core.Domain.ConfigIdentifier.IsValid(value) ? value!
            : throw Invalid($"name '{Shorten(value)}': {PeeringHub.Core.Domain.ConfigIdentifier.Description}");

    /// <summary>Canonical IP address text. Rejects scope ids and forms like <c>1</c> that IPAddress.Parse would widen.</summary>
    public static IPAddress Ip(string? value)
    {
        if (value is null || !IpChars().IsMatch(value) || !PeeringHub.Core.Domain.IpPrefix.TryParseAddress(value, out var ip))
            throw Invalid($"'{Shorten(value)}' is not an IP address");
        if (ip.AddressFamily == AddressFamily.InterNetwork && value.Count(c => c == '.') != 3)
            throw Invalid($"'{Shorten(value)}' is not a dotted-quad IPv4 address");
        return ip;
    }

    /// <summary>ASN in the 4-byte range as digits.</summary>
    public static string Asn(long asn) =>
        asn is >= 1 and <= 4_294_967_295 ? asn.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : throw Invalid($"ASN {asn} is outside 1..4294967295");

    /// <summary>TCP-MD5 password; never altered, only accepted or refused.</summary>
    public static string Password(string value) =>
        PasswordPattern().IsMatch(value) ? value
            : throw Invalid("MD5 password must be 1-80 printable ASCII characters without spaces, quotes or backslashes");

    /// <summary>Description text: control characters (newlines, tabs, ESC) become spaces, <c>"</c> becomes <c>'</c>,
    /// runs of spaces collapse (FRR would collapse them anyway, so both platforms read back the same text).</summary>
    public static string Description(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var d = char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c == '"' ? '\'' : c;
            if (d == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(d);
        }
        var s = sb.ToString().TrimEnd();
        return s.Length <= MaxDescription ? s : s[..MaxDescription].TrimEnd();
    }

    /// <summary>RFC 8203 shutdown message as a BIRD string / FRR word list (max 128 octets per RFC 8203).</summary>
    public static string ShutdownMessage(string value)
    {
        var s = Description(value);
        return Encoding.UTF8.GetByteCount(s) <= 128 ? s : throw Invalid("shutdown message is longer than 128 bytes");
    }

    private static RouterException Invalid(string message) => new(RouterErrorKind.InvalidInput, message);

    private static string Shorten(string? s) => s is null ? "(null)" : s.Length > 40 ? s[..40] + "…" : s;
}
