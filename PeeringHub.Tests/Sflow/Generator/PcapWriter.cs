using System.Buffers.Binary;
using System.Net;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>
/// Writes classic pcap (LINKTYPE_ETHERNET) with each sFlow datagram wrapped in Ethernet/IPv4/UDP from the agent to
/// 192.0.2.100:6343, so tshark and sfacctd's pcap input read them like captured traffic. IPv6 agents are carried over
/// IPv4 too (the agent address inside the datagram is what matters).
/// </summary>
public static class PcapWriter
{
    public static void Write(string path, IEnumerable<byte[]> datagrams, IPAddress? sender = null)
    {
        using var fs = File.Create(path);
        using var bw = new BinaryWriter(fs);
        bw.Write(0xa1b2c3d4u); bw.Write((ushort)2); bw.Write((ushort)4); bw.Write(0); bw.Write(0u); bw.Write(65535u); bw.Write(1u);
        var src = (sender ?? IPAddress.Parse("192.0.2.1")).GetAddressBytes();
        var t = 1_700_000_000u;
        var i = 0;
        Span<byte> hdr = stackalloc byte[42];
        foreach (var d in datagrams)
        {
            var len = 42 + d.Length;
            bw.Write(t + (uint)(i / 1000)); bw.Write((uint)(i % 1000) * 1000); bw.Write((uint)len); bw.Write((uint)len);
            hdr.Clear();
            hdr[0] = 0x02; hdr[5] = 1; hdr[6] = 0x02; hdr[11] = 2;
            BinaryPrimitives.WriteUInt16BigEndian(hdr[12..], 0x0800);
            hdr[14] = 0x45;
            BinaryPrimitives.WriteUInt16BigEndian(hdr[16..], (ushort)Math.Min(65535, 28 + d.Length));
            hdr[22] = 64; hdr[23] = 17;
            src.CopyTo(hdr[26..]);
            hdr[30] = 192; hdr[31] = 0; hdr[32] = 2; hdr[33] = 100;
            BinaryPrimitives.WriteUInt16BigEndian(hdr[34..], 50000);
            BinaryPrimitives.WriteUInt16BigEndian(hdr[36..], 6343);
            BinaryPrimitives.WriteUInt16BigEndian(hdr[38..], (ushort)(8 + d.Length));
            bw.Write(hdr);
            bw.Write(d);
            i++;
        }
    }

    /// <summary>Reads the UDP payloads back (Ethernet/IPv4/UDP only, as written above or by tcpdump on such links).</summary>
    public static List<byte[]> ReadUdpPayloads(string path)
    {
        var data = File.ReadAllBytes(path);
        var result = new List<byte[]>();
        var le = BinaryPrimitives.ReadUInt32LittleEndian(data) == 0xa1b2c3d4;
        var linkType = le ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(20)) : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(20));
        var p = 24;
        while (p + 16 <= data.Length)
        {
            var incl = (int)(le ? BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(p + 8)) : BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(p + 8)));
            var pkt = data.AsSpan(p + 16, incl);
            p += 16 + incl;
            var l3 = linkType == 1 ? 14 : linkType == 113 ? 16 : 0; // Ethernet or Linux cooked
            var etherType = linkType == 1 ? BinaryPrimitives.ReadUInt16BigEndian(pkt[12..]) : BinaryPrimitives.ReadUInt16BigEndian(pkt[14..]);
            int udp;
            if (etherType == 0x0800) udp = l3 + (pkt[l3] & 0x0f) * 4;
            else if (etherType == 0x86dd) udp = l3 + 40;
            else continue;
            result.Add(pkt[(udp + 8)..].ToArray());
        }
        return result;
    }
}
