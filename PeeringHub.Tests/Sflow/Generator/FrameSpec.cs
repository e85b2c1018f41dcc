using System.Net;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>
/// One sampled Ethernet frame. <see cref="Vlans"/> lists tags outermost first (two = Q-in-Q with an 0x88a8 outer TPID).
/// Protocol 6 = TCP, 17 = UDP, 1/58 = ICMP. Payload is described by its length; its bytes are zeros, except that a TCP
/// payload with <see cref="BgpType"/> set starts with a BGP message header (16 × 0xFF, length, type).
/// </summary>
public sealed record FrameSpec(
    ushort[] Vlans, IPAddress Source, IPAddress Destination, byte Protocol,
    ushort SourcePort = 0, ushort DestinationPort = 0, byte TcpFlags = 0, int PayloadLength = 0,
    int Ipv4OptionBytes = 0, bool Ipv6ExtensionHeaders = false, bool NonFirstFragment = false, byte BgpType = 0)
{
    public bool IsIpv6 => Source.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
    public int L2Length => 14 + 4 * Vlans.Length;
    /// <summary>IPv6 extension headers written: hop-by-hop (8) + destination options (8), plus fragment (8) when fragmented.</summary>
    public int L3Length => IsIpv6 ? 40 + (Ipv6ExtensionHeaders ? 16 : 0) + (NonFirstFragment ? 8 : 0) : 20 + Ipv4OptionBytes;
    public int L4HeaderLength => Protocol switch { 6 => 20, 17 => 8, _ => 8 };
    public int FrameLength => L2Length + L3Length + L4HeaderLength + PayloadLength + 4; // + FCS, as agents report it
}
