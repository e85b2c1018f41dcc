using System.Buffers.Binary;

namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// Reads an sFlow v5 "struct sampled_header" (flow record 0:1): header_protocol, frame_length, stripped, header&lt;&gt;,
/// then walks the captured bytes: Ethernet II, 802.1Q / Q-in-Q (0x88a8, 0x8100, 0x9100), IPv4 (options, fragments),
/// IPv6 (hop-by-hop, routing, fragment, destination options, AH) and TCP (ports, flags, payload length).
/// A header cut short by the agent is not an error: the fields that were not captured stay unset.
/// </summary>
public ref struct SampledHeaderReader
{
    readonly ReadOnlySpan<byte> _record;

    public SampledHeaderReader(ReadOnlySpan<byte> record) => _record = record;

    /// <summary>False with <see cref="SflowError.TruncatedRecord"/> when the record's own fields do not fit.</summary>
    public readonly bool TryRead(ref FlowPacket packet, out SflowError error)
    {
        if (_record.Length < 16) { error = SflowError.TruncatedRecord; return false; }
        var headerLen = BinaryPrimitives.ReadUInt32BigEndian(_record[12..]);
        if (headerLen > (uint)(_record.Length - 16)) { error = SflowError.TruncatedRecord; return false; }
        packet.HasHeader = true;
        packet.HeaderProtocol = BinaryPrimitives.ReadUInt32BigEndian(_record);
        packet.FrameLength = BinaryPrimitives.ReadUInt32BigEndian(_record[4..]);
        packet.HeaderLength = (int)headerLen;
        var h = _record.Slice(16, (int)headerLen);
        switch (packet.HeaderProtocol)
        {
            case SflowFormat.HeaderProtocolEthernet: ReadEthernet(h, ref packet); break;
            case SflowFormat.HeaderProtocolIpv4: ReadIpv4(h, ref packet); break;
            case SflowFormat.HeaderProtocolIpv6: ReadIpv6(h, ref packet); break;
        }
        error = SflowError.None;
        return true;
    }

    public readonly void Read(ref FlowPacket packet)
    {
        if (!TryRead(ref packet, out var e)) SflowThrowHelper.Throw(e, 0);
    }

    static void ReadEthernet(ReadOnlySpan<byte> h, ref FlowPacket p)
    {
        if (h.Length < 14) return;
        int pos = 12;
        var type = BinaryPrimitives.ReadUInt16BigEndian(h[pos..]);
        // up to two tags: the first of two is the service (outer) tag, the last one is the customer VLAN
        while ((type == 0x8100 || type == 0x88a8 || type == 0x9100) && p.VlanTagCount < 2)
        {
            if (h.Length < pos + 6) return;
            var vid = (ushort)(BinaryPrimitives.ReadUInt16BigEndian(h[(pos + 2)..]) & 0x0fff);
            if (p.VlanTagCount == 1) { p.OuterVlan = p.Vlan; p.HasOuterVlan = true; }
            p.Vlan = vid;
            p.HasVlan = true;
            p.VlanTagCount++;
            pos += 4;
            type = BinaryPrimitives.ReadUInt16BigEndian(h[pos..]);
        }
        var payload = h[(pos + 2)..];
        if (type == 0x0800) ReadIpv4(payload, ref p);
        else if (type == 0x86dd) ReadIpv6(payload, ref p);
    }

    static void ReadIpv4(ReadOnlySpan<byte> h, ref FlowPacket p)
    {
        if (h.Length < 20 || h[0] >> 4 != 4) return;
        var ihl = (h[0] & 0x0f) * 4;
        if (ihl < 20) return;
        p.AddressFamily = 4;
        p.Source = IpAddressKey.FromIpv4(h[12..]);
        p.Destination = IpAddressKey.FromIpv4(h[16..]);
        p.Protocol = h[9];
        p.HasProtocol = true;
        p.IsFirstFragment = (BinaryPrimitives.ReadUInt16BigEndian(h[6..]) & 0x1fff) == 0;
        var ipPayload = BinaryPrimitives.ReadUInt16BigEndian(h[2..]) - ihl;
        if (!p.IsFirstFragment || ihl > h.Length) return;
        ReadTransport(h[ihl..], ipPayload, ref p);
    }

    static void ReadIpv6(ReadOnlySpan<byte> h, ref FlowPacket p)
    {
        if (h.Length < 40 || h[0] >> 4 != 6) return;
        p.AddressFamily = 6;
        p.Source = IpAddressKey.FromIpv6(h[8..]);
        p.Destination = IpAddressKey.FromIpv6(h[24..]);
        int payload = BinaryPrimitives.ReadUInt16BigEndian(h[4..]);
        var next = h[6];
        var pos = 40;
        for (var hops = 0; hops < 8; hops++)
        {
            if (next is 0 or 43 or 60 or 44 or 51)
            {
                if (h.Length < pos + 8) return; // chain cut by the agent: protocol unknown
                var len = next switch { 44 => 8, 51 => (h[pos + 1] + 2) * 4, _ => (h[pos + 1] + 1) * 8 };
                if (next == 44 && (BinaryPrimitives.ReadUInt16BigEndian(h[(pos + 2)..]) & 0xfff8) != 0) p.IsFirstFragment = false;
                next = h[pos];
                pos += len;
                payload -= len;
                continue;
            }
            p.Protocol = next;
            p.HasProtocol = true;
            if (p.IsFirstFragment && pos <= h.Length) ReadTransport(h[pos..], payload, ref p);
            return;
        }
    }

    static void ReadTransport(ReadOnlySpan<byte> t, int ipPayload, ref FlowPacket p)
    {
        if (p.Protocol is not (6 or 17)) return;
        if (t.Length < 4) return;
        p.SourcePort = BinaryPrimitives.ReadUInt16BigEndian(t);
        p.DestinationPort = BinaryPrimitives.ReadUInt16BigEndian(t[2..]);
        p.HasPorts = true;
        if (p.Protocol != 6 || t.Length < 14) return;
        p.TcpFlags = t[13];
        p.HasTcpFlags = true;
        var dataOffset = (t[12] >> 4) * 4;
        if (dataOffset < 20 || ipPayload < dataOffset) return;
        p.TcpPayloadLength = ipPayload - dataOffset;
        // a BGP message starts with 16 bytes of 0xFF, then length (2) and type (1); two 8-byte compares keep this cheap
        if (p.TcpPayloadLength < 19 || t.Length < dataOffset + 16) return;
        var payload = t[dataOffset..];
        if (BinaryPrimitives.ReadUInt64LittleEndian(payload) != ulong.MaxValue || BinaryPrimitives.ReadUInt64LittleEndian(payload[8..]) != ulong.MaxValue) return;
        p.BgpMessageType = payload.Length >= 19 ? payload[18] : FlowPacket.BgpMarkerTypeCut;
    }
}
