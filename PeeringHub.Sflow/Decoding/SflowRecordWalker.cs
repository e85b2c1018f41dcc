using System.Runtime.CompilerServices;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// Walks the XDR list of (data_format, opaque data&lt;&gt;) records shared by flow and counter samples
/// (sFlow v5 "flow_record" / "counter_record"). Each record is bounded by its own declared length.
/// </summary>
internal ref struct SflowRecordWalker
{
    readonly ReadOnlySpan<byte> _data;
    int _pos;
    uint _remaining;

    public SflowRecordWalker(ReadOnlySpan<byte> data, int start, uint count)
    {
        _data = data;
        _pos = start;
        _remaining = count;
    }

    public readonly int Position => _pos;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    public bool TryNext(out uint format, out ReadOnlySpan<byte> body, out SflowError error)
    {
        format = 0; body = default; error = SflowError.None;
        if (_remaining == 0) return false;
        if (_data.Length - _pos < 8) { error = SflowError.MissingRecords; _remaining = 0; return false; }
        // the 8 bytes of (format, length) were checked above: read without a second bounds check per word
        ref var at = ref Unsafe.Add(ref MemoryMarshal.GetReference(_data), _pos);
        format = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref at));
        var len = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, 4)));
        if (len > (uint)(_data.Length - _pos - 8)) { error = SflowError.RecordOverrun; _remaining = 0; return false; }
        body = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref at, 8), (int)len); // len fits: checked above
        _pos = Math.Min(_data.Length, _pos + 8 + (int)((len + 3) & ~3u));
        _remaining--;
        return true;
    }
}
