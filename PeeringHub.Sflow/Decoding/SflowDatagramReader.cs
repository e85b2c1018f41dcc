using System.Runtime.CompilerServices;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// Reads an sFlow v5 datagram (sFlow v5 spec, "struct sample_datagram_v5"): version, agent address (IPv4/IPv6),
/// sub-agent, sequence, uptime, then <c>sample_record</c>s as (data_format, opaque sample_data&lt;&gt;).
/// A <c>ref struct</c> over the datagram bytes: no allocation, never reads outside the span.
/// </summary>
public ref struct SflowDatagramReader
{
    readonly ReadOnlySpan<byte> _data;
    int _pos;
    uint _remaining;

    public uint Version { get; private set; }
    public IpAddressKey AgentAddress { get; private set; }
    public uint SubAgentId { get; private set; }
    public uint SequenceNumber { get; private set; }
    public uint Uptime { get; private set; }
    public uint SampleCount { get; private set; }
    /// <summary>Byte offset of the next unread sample (for error reports).</summary>
    public readonly int Position => _pos;
    /// <summary>Bytes left after the declared samples (only meaningful once all samples were read).</summary>
    public readonly int TrailingBytes => _data.Length - _pos;

    public SflowDatagramReader(ReadOnlySpan<byte> datagram)
    {
        _data = datagram;
    }

    /// <summary>Reads the fixed header; false with <paramref name="error"/> when it is short or unsupported.</summary>
    public bool TryReadHeader(out SflowError error)
    {
        if (_data.Length < 28) { error = SflowError.TruncatedDatagramHeader; return false; }
        Version = BinaryPrimitives.ReadUInt32BigEndian(_data);
        if (Version != 5) { error = SflowError.UnsupportedVersion; return false; }
        var type = BinaryPrimitives.ReadUInt32BigEndian(_data[4..]);
        int addrLen = type switch { 1 => 4, 2 => 16, _ => -1 };
        if (addrLen < 0) { error = SflowError.BadAgentAddressType; return false; }
        if (_data.Length < 8 + addrLen + 16) { error = SflowError.TruncatedDatagramHeader; return false; }
        AgentAddress = addrLen == 4 ? IpAddressKey.FromIpv4(_data[8..]) : IpAddressKey.FromIpv6(_data[8..]);
        var p = 8 + addrLen;
        SubAgentId = BinaryPrimitives.ReadUInt32BigEndian(_data[p..]);
        SequenceNumber = BinaryPrimitives.ReadUInt32BigEndian(_data[(p + 4)..]);
        Uptime = BinaryPrimitives.ReadUInt32BigEndian(_data[(p + 8)..]);
        SampleCount = BinaryPrimitives.ReadUInt32BigEndian(_data[(p + 12)..]);
        _remaining = SampleCount;
        _pos = p + 16;
        error = SflowError.None;
        return true;
    }

    public void ReadHeader()
    {
        if (!TryReadHeader(out var e)) SflowThrowHelper.Throw(e, 0);
    }

    /// <summary>
    /// Next sample: its data_format (enterprise &lt;&lt; 12 | format) and body. Returns false at the end
    /// (<paramref name="error"/> None) or on a sample that does not fit (error set; the rest is unreadable).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    public bool TryReadSample(out uint format, out ReadOnlySpan<byte> body, out SflowError error)
    {
        format = 0; body = default; error = SflowError.None;
        if (_remaining == 0) return false;
        if (_data.Length - _pos < 8) { error = SflowError.MissingSamples; _remaining = 0; return false; }
        // the 8 bytes of (format, length) were checked above: read without a second bounds check per word
        ref var at = ref Unsafe.Add(ref MemoryMarshal.GetReference(_data), _pos);
        format = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref at));
        var len = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, 4)));
        if (len > (uint)(_data.Length - _pos - 8)) { error = SflowError.SampleOverrun; _remaining = 0; return false; }
        body = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref at, 8), (int)len); // len fits: checked above
        // XDR opaque data is padded to a multiple of four; tolerate a missing final pad
        _pos = Math.Min(_data.Length, _pos + 8 + (int)((len + 3) & ~3u));
        _remaining--;
        return true;
    }

    public ReadOnlySpan<byte> ReadSample(out uint format)
    {
        var at = _pos;
        if (!TryReadSample(out format, out var body, out var e))
            SflowThrowHelper.Throw(e == SflowError.None ? SflowError.MissingSamples : e, at);
        return body;
    }
}
