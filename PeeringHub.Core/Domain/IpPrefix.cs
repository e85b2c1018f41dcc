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
        if (!text.Contains(':') && text.Count(c => c == '.') != 3) return false;
        return IPAddress.TryParse(text.Trim(), out address);
    }

    public static int FamilyOf(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 4;

    public static bool TryParsePrefix(string? text, [NotNullWhen(true)] out IPNetwork? prefix)
    {
        prefix = null;
        if (string.IsNullOrWhiteSpace(text) || !text.Contains('/')) return false;
        // IPNetwork.TryParse rejects host bits set (e.g. 185.1.0.1/24), which is what we want for a LAN prefix.
        if (!IPNetwork.TryParse(text.Trim(), out var parsed)) return false;
        prefix = parsed;
        return true;
    }

    public static bool Contains(string prefix, IPAddress address) =>
        TryParsePrefix(prefix, out var p) && p.Value.Contains(address);

    /// <summary>The canonical text of an address (lower-case, compressed IPv6).</summary>
    public static string Canonical(IPAddress address) => address.ToString();
}
