using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Demo;

/// <summary>
/// Encodes sFlow v5 datagrams (sFlow v5 spec §5: datagram, flow_sample, sampled_header) of <see cref="DemoFlow"/>s as a switch
/// would send them: one flow sample per flow, its raw packet header an Ethernet frame with an 802.1Q tag, IPv4 or IPv6, and TCP.
/// </summary>
public sealed class DemoDatagramWriter(IPAddress agent, uint samplingRate = 1024)
{
    readonly byte[] _buffer = new byte[1400];
    uint _sequence, _sampleSequence;
    int _at;

    public byte[] Write(IReadOnlyList<DemoFlow> flows, uint uptimeMs)
    {
        _at = 0;
        U32(5);
        var a = agent.GetAddressBytes();
        U32(a.Length == 4 ? 1u : 2u);
        Bytes(a);
        U32(0); // sub-agent
        U32(++_sequence);
        U32(uptimeMs);
        U32((uint)flows.Count);
        foreach (var f in flows) FlowSample(f);
        return _buffer.AsSpan(0, _at).ToArray();
    }

    /// <summary>How many flows fit one datagram (a flow sample is at most 196 bytes here; the buffer is 1400).</summary>
    public const int MaxFlowsPerDatagram = 6;

    void FlowSample(DemoFlow f)
    {
        U32(SflowFormat.FlowSample);
        var length = Begin();
        U32(++_sampleSequence);
        U32(7);                                  // source id: ifIndex 7 (type 0)
        U32(samplingRate);
        U32(_sampleSequence * samplingRate);     // sample pool
        U32(0);                                  // drops
        U32(7);                                  // input ifIndex
        U32(8);                                  // output ifIndex
        U32(1);                                  // one record
        U32(SflowFormat.RawPacketHeader);
        var record = Begin();
        Span<byte> frame = stackalloc byte[128];
        var (captured, frameLength) = Frame(f, frame);
        U32(SflowFormat.HeaderProtocolEthernet);
        U32((uint)frameLength);
        U32((uint)(frameLength - captured));     // stripped: the FCS and the payload beyond the header
        U32((uint)captured);
        Bytes(frame[..captured]);
        while (_at % 4 != 0) _buffer[_at++] = 0;
        End(record);
        End(length);
    }

    /// <summary>Writes the frame's first bytes (as the switch samples them, up to 128); returns them and the whole frame's length with FCS.</summary>
    static (int Captured, int FrameLength) Frame(DemoFlow f, Span<byte> b)
    {
        b.Clear();
        var v6 = f.Source.AddressFamily == AddressFamily.InterNetworkV6;
        // locally administered MACs derived from the addresses, so a member keeps its MAC
        b[0] = 0x02; f.Destination.GetAddressBytes().AsSpan()[^4..].CopyTo(b[2..6]);
        b[6] = 0x02; f.Source.GetAddressBytes().AsSpan()[^4..].CopyTo(b[8..12]);
        BinaryPrimitives.WriteUInt16BigEndian(b[12..], 0x8100);
        BinaryPrimitives.WriteUInt16BigEndian(b[14..], f.Vlan);
        BinaryPrimitives.WriteUInt16BigEndian(b[16..], v6 ? (ushort)0x86dd : (ushort)0x0800);
        var p = 18;
        var l4 = 20 + f.PayloadLength;
        if (v6)
        {
            b[p] = 0x60;
            BinaryPrimitives.WriteUInt16BigEndian(b[(p + 4)..], (ushort)l4);
            b[p + 6] = 6;
            b[p + 7] = 64;
            f.Source.TryWriteBytes(b[(p + 8)..], out _);
            f.Destination.TryWriteBytes(b[(p + 24)..], out _);
            p += 40;
        }
        else
        {
            b[p] = 0x45;
            BinaryPrimitives.WriteUInt16BigEndian(b[(p + 2)..], (ushort)(20 + l4));
            BinaryPrimitives.WriteUInt16BigEndian(b[(p + 6)..], 0x4000);
            b[p + 8] = 64;
            b[p + 9] = 6;
            f.Source.TryWriteBytes(b[(p + 12)..], out _);
            f.Destination.TryWriteBytes(b[(p + 16)..], out _);
            p += 20;
        }
        BinaryPrimitives.WriteUInt16BigEndian(b[p..], f.SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(b[(p + 2)..], f.DestinationPort);
        BinaryPrimitives.WriteUInt32BigEndian(b[(p + 4)..], 1000);
        BinaryPrimitives.WriteUInt32BigEndian(b[(p + 8)..], (f.TcpFlags & DemoFlow.Ack) != 0 ? 2000u : 0u);
        b[p + 12] = 5 << 4;
        b[p + 13] = f.TcpFlags;
        BinaryPrimitives.WriteUInt16BigEndian(b[(p + 14)..], 65535);
        p += 20;
        var headerEnd = p;
        if (f.BgpType != 0 && f.PayloadLength >= 19)
        {
            b.Slice(p, 16).Fill(0xFF);
            BinaryPrimitives.WriteUInt16BigEndian(b[(p + 16)..], (ushort)Math.Min(f.PayloadLength, 4096));
            b[p + 18] = f.BgpType;
        }
        var frameLength = headerEnd + f.PayloadLength + 4;
        return (Math.Min(Math.Min(frameLength - 4, 128), b.Length), frameLength);
    }

    int Begin()
    {
        var at = _at;
        U32(0);
        return at;
    }

    void End(int at) => BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(at), (uint)(_at - at - 4));

    void U32(uint v)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(_at), v);
        _at += 4;
    }

    void Bytes(ReadOnlySpan<byte> b)
    {
        b.CopyTo(_buffer.AsSpan(_at));
        _at += b.Length;
    }
}
