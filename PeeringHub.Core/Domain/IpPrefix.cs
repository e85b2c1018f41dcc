using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace PeeringHub.Core.Domain;

/// <summary>Parsing helpers for addresses and CIDR prefixes as users type them.</summary>
public static class IpPrefix
{
    public static bool TryParseAddress(string? text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(text) || text.Contains('/') || text.Contains('%')) return false;
        // IPAddress.TryParse accepts "1" or "1.2" as IPv4 shorthands; a NOC tool must not.
        text = text.Trim();
        if (!text.Contains(':') && !IsDottedQuad(text)) return false;
        return IPAddress.TryParse(text, out address);
    }

    /// <summary>Four decimal octets without leading zeros: "010.1.1.1" would otherwise be read as octal (8.1.1.1).</summary>
    static bool IsDottedQuad(string text)
    {
        var octets = text.Split('.');
        return octets.Length == 4 && octets.All(o => o.Length is >= 1 and <= 3 && o.All(char.IsAsciiDigit) && (o.Length == 1 || o[0] != '0'));
    }

    public static int FamilyOf(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 4;

    public static bool TryParsePrefix(string? text, [NotNullWhen(true)] out IPNetwork? prefix)
    {
        prefix = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var slash = text.IndexOf('/');
        if (slash < 0 || !TryParseAddress(text[..slash], out var address)) return false;
        var length = text[(slash + 1)..].Trim();
        if (length.Length is 0 or > 3 || !length.All(char.IsAsciiDigit) || (length.Length > 1 && length[0] == '0')) return false;
        if (!IPNetwork.TryParse($"{address}/{length}", out var parsed)) return false;
        // A LAN prefix with host bits set (185.1.0.1/24) is a typo, not a network; net10's IPNetwork masks them silently.
        if (!parsed.BaseAddress.Equals(address)) return false;
        prefix = parsed;
        return true;
    }

    public static bool Contains(string prefix, IPAddress address) =>
        TryParsePrefix(prefix, out var p) && p.Value.Contains(address);

    /// <summary>The canonical text of an address (lower-case, compressed IPv6).</summary>
    public static string Canonical(IPAddress address) => address.ToString();
}
