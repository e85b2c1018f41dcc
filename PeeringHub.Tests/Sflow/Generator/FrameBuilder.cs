using System.Buffers.Binary;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>Writes the first bytes of a frame described by a <see cref="FrameSpec"/> (what an agent would capture).</summary>
public static class FrameBuilder
{
    /// <summary>Writes at most <paramref name="max"/> bytes of the frame into <paramref name="dest"/>; returns bytes written.</summary>
    public static int Write(FrameSpec f, Span<byte> dest, int max)
    {
        Span<byte> b = stackalloc byte[256];
        b.Clear();
        // MACs: locally administered, derived from the addresses so they are stable
        b[0] = 0x02; b[5] = (byte)f.Destination.GetHashCode();
        b[6] = 0x02; b[11] = (byte)f.Source.GetHashCode();
        var p = 12;
        for (var i = 0; i < f.Vlans.Length; i++)
        {
            var tpid = f.Vlans.Length == 2 && i == 0 ? (ushort)0x88a8 : (ushort)0x8100;
            BinaryPrimitives.WriteUInt16BigEndian(b[p..], tpid);
            BinaryPrimitives.WriteUInt16BigEndian(b[(p + 2)..], f.Vlans[i]);
            p += 4;
        }
        BinaryPrimitives.WriteUInt16BigEndian(b[p..], f.IsIpv6 ? (ushort)0x86dd : (ushort)0x0800);
        p += 2;
        var l4Total = f.L4HeaderLength + f.PayloadLength;
        p = f.IsIpv6 ? WriteIpv6(f, b, p, l4Total) : WriteIpv4(f, b, p, l4Total);
        if (!f.NonFirstFragment) p = WriteL4(f, b, p);
        var n = Math.Min(Math.Min(max, f.FrameLength - 4), b.Length);
        b[..n].CopyTo(dest);
        return n;
    }

    static int WriteIpv4(FrameSpec f, Span<byte> b, int p, int l4Total)
    {
        var ihl = 20 + f.Ipv4OptionBytes;
        b[p] = (byte)(0x40 | ihl / 4);
        BinaryPrimitives.WriteUInt16BigEndian(b[(p + 2)..], (ushort)(ihl + l4Total));
        BinaryPrimitives.WriteUInt16BigEndian(b[(p + 6)..], f.NonFirstFragment ? (ushort)185 : (ushort)0x4000);
        b[p + 8] = 64;
        b[p + 9] = f.Protocol;
        f.Source.TryWriteBytes(b[(p + 12)..], out _);
        f.Destination.TryWriteBytes(b[(p + 16)..], out _);
        for (var i = 0; i < f.Ipv4OptionBytes; i++) b[p + 20 + i] = 1; // NOP options
        return p + ihl;
    }

    static int WriteIpv6(FrameSpec f, Span<byte> b, int p, int l4Total)
    {
        b[p] = 0x60;
        var ext = f.L3Length - 40;
        BinaryPrimitives.WriteUInt16BigEndian(b[(p + 4)..], (ushort)(ext + l4Total));
        b[p + 7] = 64;
        f.Source.TryWriteBytes(b[(p + 8)..], out _);
        f.Destination.TryWriteBytes(b[(p + 24)..], out _);
        var q = p + 40;
        var nextAt = p + 6;
        if (f.Ipv6ExtensionHeaders)
        {
            b[nextAt] = 0; nextAt = q; q += 8;    // hop-by-hop, length 0 = 8 bytes (PadN)
            b[nextAt] = 60; nextAt = q; q += 8;   // destination options
        }
        if (f.NonFirstFragment)
        {
            b[nextAt] = 44; nextAt = q;
            BinaryPrimitives.WriteUInt16BigEndian(b[(q + 2)..], 185 << 3);
            q += 8;
        }
        b[nextAt] = f.Protocol;
        return q;
    }

    static int WriteL4(FrameSpec f, Span<byte> b, int p)
    {
        BinaryPrimitives.WriteUInt16BigEndian(b[p..], f.SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(b[(p + 2)..], f.DestinationPort);
        if (f.Protocol == 6)
        {
            BinaryPrimitives.WriteUInt32BigEndian(b[(p + 4)..], 1000);
            b[p + 12] = 5 << 4;
            b[p + 13] = f.TcpFlags;
            BinaryPrimitives.WriteUInt16BigEndian(b[(p + 14)..], 65535);
            if (f.BgpType != 0 && f.PayloadLength >= 19 && p + 20 + 19 <= b.Length)
            {
                b.Slice(p + 20, 16).Fill(0xFF);
                BinaryPrimitives.WriteUInt16BigEndian(b[(p + 36)..], (ushort)Math.Min(f.PayloadLength, 4096));
                b[p + 38] = f.BgpType;
            }
        }
        else if (f.Protocol == 17)
            BinaryPrimitives.WriteUInt16BigEndian(b[(p + 4)..], (ushort)(8 + f.PayloadLength));
        return p + f.L4HeaderLength;
    }
}
