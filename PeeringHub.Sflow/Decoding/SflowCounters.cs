namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// Decoder counters. Written by one decoding thread with plain increments (64-bit stores are atomic on x64,
/// and an interlocked add per sample would cost more than the decode); read by anyone through <see cref="Snapshot"/>.
/// Invariants: Datagrams = DatagramsAccepted + DatagramsRejected;
/// SampleEntries = FlowSamples + ExpandedFlowSamples + CounterSamples + DiscardSamples + UnknownSamples + MalformedSamples;
/// sum(Malformed) = DatagramsRejected + DatagramsTruncated + MalformedSamples + DatagramsWithTrailingBytes.
/// </summary>
public sealed class SflowCounters
{
    internal long Datagrams, DatagramsAccepted, DatagramsRejected, DatagramsTruncated, DatagramsWithTrailingBytes;
    internal long SampleEntries, FlowSamples, ExpandedFlowSamples, CounterSamples, DiscardSamples, UnknownSamples, MalformedSamples;
    internal long UnknownRecords;
    internal readonly long[] Malformed = new long[Enum.GetValues<SflowError>().Length];

    internal void Fail(SflowError error) => Malformed[(int)error]++;

    public SflowCounterSnapshot Snapshot()
    {
        var byReason = new Dictionary<SflowError, long>();
        for (var i = 1; i < Malformed.Length; i++)
            if (Volatile.Read(ref Malformed[i]) is var v and > 0) byReason[(SflowError)i] = v;
        return new SflowCounterSnapshot(
            Volatile.Read(ref Datagrams), Volatile.Read(ref DatagramsAccepted), Volatile.Read(ref DatagramsRejected),
            Volatile.Read(ref DatagramsTruncated), Volatile.Read(ref DatagramsWithTrailingBytes),
            Volatile.Read(ref SampleEntries), Volatile.Read(ref FlowSamples), Volatile.Read(ref ExpandedFlowSamples),
            Volatile.Read(ref CounterSamples), Volatile.Read(ref DiscardSamples), Volatile.Read(ref UnknownSamples),
            Volatile.Read(ref MalformedSamples), Volatile.Read(ref UnknownRecords), byReason);
    }
}
