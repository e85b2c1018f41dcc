using System.Runtime.CompilerServices;
using System.Buffers.Binary;

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
        var fixedLen = Expanded ? 44 : 32;
        if (_body.Length < fixedLen) { error = SflowError.TruncatedSampleHeader; return false; }
        // expanded: source_id is two words (type, index), interfaces are (format, value) pairs
        var o = Expanded ? 8 : 4;
        SamplingRate = U32(o + 4);
        if (Expanded)
        {
            InputInterface = U32(o + 20);
            OutputInterface = U32(o + 28);
            RecordCount = U32(o + 32);
        }
        else
        {
            InputInterface = U32(o + 16);
            OutputInterface = U32(o + 20);
            RecordCount = U32(o + 24);
        }
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    readonly uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(_body[offset..]);
}
