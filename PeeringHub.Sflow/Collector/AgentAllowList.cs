using System.Net;
using System.Net.Sockets;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Collector;

/// <summary>The set of agent (UDP source) addresses accepted; empty means all. IPv4-mapped IPv6 senders match their IPv4 form.</summary>
public sealed class AgentAllowList
{
    readonly HashSet<IpAddressKey> _allowed;

    public AgentAllowList(IEnumerable<string> addresses) =>
        _allowed = addresses.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => IpAddressKey.Parse(a.Trim())).ToHashSet();

    public bool AllowsAll => _allowed.Count == 0;

    public bool Allows(in IpAddressKey sender) => _allowed.Count == 0 || _allowed.Contains(sender);

    /// <summary>Reads the sender from a raw <see cref="SocketAddress"/> without allocating an <see cref="IPEndPoint"/>.</summary>
    public static IpAddressKey FromSocketAddress(SocketAddress address)
    {
        var b = address.Buffer.Span;
        if (address.Family == AddressFamily.InterNetwork) return IpAddressKey.FromIpv4(b[4..]);
        var key = IpAddressKey.FromIpv6(b[8..]);
        // ::ffff:a.b.c.d from a dual-stack socket is an IPv4 sender
        return key.Hi == 0 && key.Lo >> 32 == 0xffff ? new IpAddressKey(0, key.Lo & 0xffffffff, 4) : key;
    }
}
