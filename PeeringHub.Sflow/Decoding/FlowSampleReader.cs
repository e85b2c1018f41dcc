using System.Runtime.CompilerServices;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// Reads an sFlow v5 flow sample: "struct flow_sample" (format 0:1, compact source id and interfaces) or
/// "struct flow_sample_expanded" (0:3, separate type/index words), then its "flow_record"s.
/// A <c>ref struct</c> over the sample body; never reads past the sample's declared length.
/// </summary>
public ref struct FlowSampleReader
{
    readonly ReadOnlySpan<byte> _body;
    SflowRecordWalker _records;

    public bool Expanded { get; }
    // read on demand: the collector never looks at them, and every word read costs on the hot path
    public readonly uint SequenceNumber => U32(0);
    public readonly uint SamplePool => U32(Expanded ? 16 : 12);
    public readonly uint Drops => U32(Expanded ? 20 : 16);
    public uint SamplingRate { get; private set; }
    public uint InputInterface { get; private set; }
    public uint OutputInterface { get; private set; }
    public uint RecordCount { get; private set; }

    public FlowSampleReader(ReadOnlySpan<byte> body, bool expanded)
    {
        _body = body;
        Expanded = expanded;
        _records = default;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    public bool TryReadHeader(out SflowError error)
    {
        var expanded = Expanded;
        var fixedLen = expanded ? 44 : 32;
        if (_body.Length < fixedLen) { error = SflowError.TruncatedSampleHeader; return false; }
        // compact: sequence, source_id, rate, pool, drops, input, output, count; expanded: source_id and both interfaces are
        // (type/format, value) word pairs. Offsets computed, not branched on: agents mix both formats at random.
        var x = expanded ? 1 : 0;
        SamplingRate = U32Unchecked(8 + 4 * x);
        InputInterface = U32Unchecked(20 + 8 * x);
        OutputInterface = U32Unchecked(24 + 12 * x);
        RecordCount = U32Unchecked(28 + 12 * x);
        _records = new SflowRecordWalker(_body, fixedLen, RecordCount);
        error = SflowError.None;
        return true;
    }

    public void ReadHeader()
    {
        if (!TryReadHeader(out var e)) SflowThrowHelper.Throw(e, 0);
    }

    /// <summary>Next flow_record; false at the end (error None) or when a record does not fit (error set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    public bool TryReadRecord(out uint format, out ReadOnlySpan<byte> body, out SflowError error) =>
        _records.TryNext(out format, out body, out error);

    public ReadOnlySpan<byte> ReadRecord(out uint format)
    {
        var at = _records.Position;
        if (!_records.TryNext(out format, out var body, out var e))
            SflowThrowHelper.Throw(e == SflowError.None ? SflowError.MissingRecords : e, at);
        return body;
    }

    /// <summary>Only for offsets below the fixed header length checked in <see cref="TryReadHeader"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly uint U32Unchecked(int offset) =>
        BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref MemoryMarshal.GetReference(_body), offset)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    readonly uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(_body[offset..]);
}
