using System.Buffers.Binary;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Bench.Sflow;

/// <summary>Receives each UDP payload of a capture file: the sFlow datagram, its capture time and the IP sender.</summary>
internal delegate void DatagramHandler(ReadOnlySpan<byte> datagram, DateTime capturedAt, in IpAddressKey sender);

/// <summary>What a capture file held besides the datagrams handed on.</summary>
internal sealed record CaptureFileStats(string Format, long Packets, long Datagrams, long Bytes, long NotUdp, long Fragments, long OtherPort, long Truncated);

/// <summary>
/// Streams a classic pcap (µs or ns, either byte order) or pcapng (SHB/IDB/EPB/SPB, several interfaces) file and hands every
/// UDP payload to a handler without allocating per packet: one reusable buffer, records parsed in place, a record crossing
/// the buffer's end moved to its start before the next read. Link types: Ethernet (802.1Q/Q-in-Q), Linux cooked v1/v2, raw
/// IPv4/IPv6, BSD loopback. IP fragments are counted, not reassembled (an sFlow datagram above the MTU is lost to the file).
/// </summary>
internal sealed class CaptureFileReader(string path, int port = 0)
{
    const int ChunkBytes = 8 << 20;
    byte[] _buf = GC.AllocateUninitializedArray<byte>(ChunkBytes);
    int _start, _end;
    Stream? _stream;
    long _packets, _datagrams, _bytes, _notUdp, _fragments, _otherPort, _truncated;

    public CaptureFileStats Read(DatagramHandler handler)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        _stream = stream;
        if (!Ensure(4)) throw new InvalidDataException($"{path}: empty file");
        var magic = BinaryPrimitives.ReadUInt32LittleEndian(_buf.AsSpan(_start));
        var format = magic == 0x0A0D0D0A ? ReadPcapng(handler) : ReadPcap(magic, handler);
        return new CaptureFileStats(format, _packets, _datagrams, _bytes, _notUdp, _fragments, _otherPort, _truncated);
    }

    /// <summary>Makes at least <paramref name="n"/> unread bytes available; false at the end of the file.</summary>
    bool Ensure(int n)
    {
        if (_end - _start >= n) return true;
        if (n > _buf.Length)
        {
            var bigger = GC.AllocateUninitializedArray<byte>(Math.Max(n, _buf.Length * 2));
            _buf.AsSpan(_start, _end - _start).CopyTo(bigger);
            (_buf, _end, _start) = (bigger, _end - _start, 0);
        }
        else if (_start > 0)
        {
            _buf.AsSpan(_start, _end - _start).CopyTo(_buf);
            (_end, _start) = (_end - _start, 0);
        }
        while (_end - _start < n)
        {
            var got = _stream!.Read(_buf, _end, _buf.Length - _end);
            if (got == 0) return false;
            _end += got;
        }
        return true;
    }

    string ReadPcap(uint magic, DatagramHandler handler)
    {
        var (le, nanos) = magic switch
        {
            0xa1b2c3d4 => (true, false), 0xd4c3b2a1 => (false, false),
            0xa1b23c4d => (true, true), 0x4d3cb2a1 => (false, true),
            _ => throw new InvalidDataException($"{path}: not a pcap or pcapng file (magic 0x{magic:x8})"),
        };
        if (!Ensure(24)) throw new InvalidDataException($"{path}: truncated pcap header");
        var link = (int)(U32(_buf.AsSpan(_start + 20), le) & 0xffff);
        _start += 24;
        while (Ensure(16))
        {
            var h = _buf.AsSpan(_start, 16);
            var seconds = U32(h, le);
            var fraction = U32(h[4..], le);
            var incl = (int)U32(h[8..], le);
            if (incl < 0 || !Ensure(16 + incl)) { _truncated++; break; }
            var at = DateTime.UnixEpoch.AddTicks(seconds * TimeSpan.TicksPerSecond + (nanos ? fraction / 100 : fraction * 10L));
            Packet(link, _buf.AsSpan(_start + 16, incl), at, handler);
            _start += 16 + incl;
        }
        return nanos ? "pcap (ns)" : "pcap";
    }

    string ReadPcapng(DatagramHandler handler)
    {
        var le = true;
        var links = new List<(int Link, long TicksPerUnit, long UnitsPerTick)>();
        while (Ensure(12))
        {
            var type = U32(_buf.AsSpan(_start), le);
            if (type == 0x0A0D0D0A)
            {
                // section header: its byte-order magic decides how this section is read; interfaces restart
                le = BinaryPrimitives.ReadUInt32LittleEndian(_buf.AsSpan(_start + 8)) == 0x1A2B3C4D;
                links.Clear();
            }
            var length = (int)U32(_buf.AsSpan(_start + 4), le);
            if (length < 12 || !Ensure(length)) { _truncated++; break; }
            var body = _buf.AsSpan(_start + 8, length - 12);
            switch (type)
            {
                case 1: // interface description: link type, then options (if_tsresol = 9)
                    links.Add(Resolution((int)(U16(body, le)), body.Length > 8 ? body[8..] : [], le));
                    break;
                case 6: // enhanced packet
                {
                    var iface = (int)U32(body, le);
                    var ts = ((ulong)U32(body[4..], le) << 32) | U32(body[8..], le);
                    var captured = (int)U32(body[12..], le);
                    if (iface >= links.Count || captured > body.Length - 20) { _truncated++; break; }
                    var (link, ticksPer, unitsPer) = links[iface];
                    var at = DateTime.UnixEpoch.AddTicks(ticksPer > 0 ? (long)ts * ticksPer : (long)ts / unitsPer);
                    Packet(link, body.Slice(20, captured), at, handler);
                    break;
                }
                case 3: // simple packet: no timestamp, interface 0
                    if (links.Count == 0) { _truncated++; break; }
                    Packet(links[0].Link, body[4..], DateTime.UnixEpoch, handler);
                    break;
            }
            _start += length;
        }
        return "pcapng";
    }

    /// <summary>Ticks per timestamp unit (or units per tick) from if_tsresol; the default is microseconds.</summary>
    static (int, long, long) Resolution(int link, ReadOnlySpan<byte> options, bool le)
    {
        var digits = 6;
        var binary = false;
        while (options.Length >= 4)
        {
            var code = U16(options, le);
            var len = U16(options[2..], le);
            if (code == 0 || options.Length < 4 + len) break;
            if (code == 9 && len >= 1) { binary = (options[4] & 0x80) != 0; digits = options[4] & 0x7f; }
            options = options[Math.Min(options.Length, 4 + ((len + 3) & ~3))..];
        }
        if (binary) return (link, 0, Math.Max(1, (1L << digits) / TimeSpan.TicksPerSecond));
        return digits <= 7 ? (link, (long)Math.Pow(10, 7 - digits), 0) : (link, 0, (long)Math.Pow(10, digits - 7));
    }

    void Packet(int link, ReadOnlySpan<byte> p, DateTime at, DatagramHandler handler)
    {
        _packets++;
        int etherType, l3;
        switch (link)
        {
            case 1: // Ethernet, with up to two VLAN tags
                if (p.Length < 14) { _notUdp++; return; }
                (etherType, l3) = (BinaryPrimitives.ReadUInt16BigEndian(p[12..]), 14);
                while (etherType is 0x8100 or 0x88a8 or 0x9100 && p.Length >= l3 + 4) { etherType = BinaryPrimitives.ReadUInt16BigEndian(p[(l3 + 2)..]); l3 += 4; }
                break;
            case 113: if (p.Length < 16) { _notUdp++; return; } (etherType, l3) = (BinaryPrimitives.ReadUInt16BigEndian(p[14..]), 16); break;
            case 276: if (p.Length < 20) { _notUdp++; return; } (etherType, l3) = (BinaryPrimitives.ReadUInt16BigEndian(p), 20); break;
            case 0: if (p.Length < 4) { _notUdp++; return; } (etherType, l3) = (p[0] == 2 || p[3] == 2 ? 0x0800 : 0x86dd, 4); break;
            case 101 or 12 or 14: if (p.Length < 1) { _notUdp++; return; } (etherType, l3) = (p[0] >> 4 == 4 ? 0x0800 : 0x86dd, 0); break;
            case 228: (etherType, l3) = (0x0800, 0); break;
            case 229: (etherType, l3) = (0x86dd, 0); break;
            default: _notUdp++; return;
        }
        var ip = p[l3..];
        IpAddressKey sender;
        int udp;
        if (etherType == 0x0800 && ip.Length >= 20)
        {
            if (ip[9] != 17) { _notUdp++; return; }
            if ((BinaryPrimitives.ReadUInt16BigEndian(ip[6..]) & 0x3fff) != 0) { _fragments++; return; }
            sender = IpAddressKey.FromIpv4(ip[12..]);
            udp = (ip[0] & 0x0f) * 4;
        }
        else if (etherType == 0x86dd && ip.Length >= 40)
        {
            if (ip[6] == 44) { _fragments++; return; }
            if (ip[6] != 17) { _notUdp++; return; } // extension headers before UDP are not expected on sFlow exports
            sender = IpAddressKey.FromIpv6(ip[8..]);
            udp = 40;
        }
        else { _notUdp++; return; }
        if (ip.Length < udp + 8) { _truncated++; return; }
        var udpLength = BinaryPrimitives.ReadUInt16BigEndian(ip[(udp + 4)..]);
        if (port != 0 && BinaryPrimitives.ReadUInt16BigEndian(ip[(udp + 2)..]) != port) { _otherPort++; return; }
        var payload = ip[(udp + 8)..];
        // a snaplen shorter than the datagram cuts it: hand on what the capture holds, the decoder counts the damage
        if (udpLength >= 8 && udpLength - 8 < payload.Length) payload = payload[..(udpLength - 8)];
        else if (udpLength - 8 > payload.Length) _truncated++;
        _datagrams++;
        _bytes += payload.Length;
        handler(payload, at, sender);
    }

    static uint U32(ReadOnlySpan<byte> b, bool le) => le ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
    static ushort U16(ReadOnlySpan<byte> b, bool le) => le ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);
}
