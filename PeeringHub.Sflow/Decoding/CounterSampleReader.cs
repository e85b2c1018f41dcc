using System.Buffers.Binary;

namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// Reads an sFlow v5 counter sample: "struct counters_sample" (0:2) or "struct counters_sample_expanded" (0:4).
/// The collector only counts them; the reader validates the record list so malformed ones are counted too.
/// </summary>
public ref struct CounterSampleReader
{
    readonly ReadOnlySpan<byte> _body;
    SflowRecordWalker _records;

    public bool Expanded { get; }
    public uint SequenceNumber { get; private set; }
    public uint RecordCount { get; private set; }

    public CounterSampleReader(ReadOnlySpan<byte> body, bool expanded)
    {
        _body = body;
        Expanded = expanded;
        _records = default;
    }

    public bool TryReadHeader(out SflowError error)
    {
        var fixedLen = Expanded ? 16 : 12;
        if (_body.Length < fixedLen) { error = SflowError.TruncatedSampleHeader; return false; }
        SequenceNumber = BinaryPrimitives.ReadUInt32BigEndian(_body);
        RecordCount = BinaryPrimitives.ReadUInt32BigEndian(_body[(fixedLen - 4)..]);
        _records = new SflowRecordWalker(_body, fixedLen, RecordCount);
        error = SflowError.None;
        return true;
    }

    public void ReadHeader()
    {
        if (!TryReadHeader(out var e)) SflowThrowHelper.Throw(e, 0);
    }

    public bool TryReadRecord(out uint format, out ReadOnlySpan<byte> body, out SflowError error) =>
        _records.TryNext(out format, out body, out error);

    public ReadOnlySpan<byte> ReadRecord(out uint format)
    {
        var at = _records.Position;
        if (!_records.TryNext(out format, out var body, out var e))
            SflowThrowHelper.Throw(e == SflowError.None ? SflowError.MissingRecords : e, at);
        return body;
    }
}
