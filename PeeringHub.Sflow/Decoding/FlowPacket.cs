using System.Runtime.CompilerServices;
namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// What one flow sample says about the sampled packet. A mutable struct the decoder refills for every sample,
/// so the hot path never allocates. Fields are only meaningful when the matching <c>Has…</c> flag is set.
/// </summary>
public struct FlowPacket
{
    /// <summary>Datagram: agent address and sub-agent.</summary>
    public IpAddressKey Agent;
    public uint SubAgentId;

    /// <summary>Sample: sampling rate, input/output interface (ifIndex form).</summary>
    public uint SamplingRate;
    public uint InputInterface;
    public uint OutputInterface;
    public bool Expanded;

    /// <summary>Raw header record: header protocol, original frame length, bytes captured.</summary>
    public bool HasHeader;
    public uint HeaderProtocol;
    public uint FrameLength;
    public int HeaderLength;

    /// <summary>802.1Q VLAN: inner tag of the header, else the extended switch record's source VLAN.</summary>
    public bool HasVlan;
    public ushort Vlan;
    /// <summary>Untagged frame whose extended switch record says "VLAN unknown" (0xFFFFFFFF): not the same as untagged.</summary>
    public bool VlanUnknown;
    /// <summary>Outer (service) tag when the header carried Q-in-Q.</summary>
    public bool HasOuterVlan;
    public ushort OuterVlan;
    public byte VlanTagCount;

    /// <summary>Network layer: 4 or 6 when addresses were read.</summary>
    public byte AddressFamily;
    public IpAddressKey Source;
    public IpAddressKey Destination;

    /// <summary>Transport protocol (IPv4 protocol or final IPv6 next header) once known.</summary>
    public bool HasProtocol;
    public byte Protocol;
    /// <summary>False for non-first fragments, where no transport header exists.</summary>
    public bool IsFirstFragment;
    public bool HasPorts;
    public ushort SourcePort;
    public ushort DestinationPort;
    public bool HasTcpFlags;
    public byte TcpFlags;
    /// <summary>TCP payload bytes from the IP length fields (−1 when unknown, e.g. from a sampled IPv4/IPv6 record).</summary>
    public int TcpPayloadLength;
    /// <summary>
    /// The BGP message that starts the TCP payload, when the sampled header holds its 16-byte 0xFF marker: the type byte
    /// (1 OPEN, 2 UPDATE, 3 NOTIFICATION, 4 KEEPALIVE, 5 ROUTE-REFRESH), <see cref="BgpMarkerTypeCut"/> when the header
    /// ends between marker and type, 0 when there is no readable marker (no payload, payload not captured, or not a message start).
    /// </summary>
    public byte BgpMessageType;

    public const byte BgpMarkerTypeCut = 0xFF;

    public const byte TcpFin = 0x01, TcpSyn = 0x02, TcpRst = 0x04, TcpPsh = 0x08, TcpAck = 0x10;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    public void Reset()
    {
        var agent = Agent;
        var sub = SubAgentId;
        this = default;
        Agent = agent;
        SubAgentId = sub;
        IsFirstFragment = true;
        TcpPayloadLength = -1;
    }
}
