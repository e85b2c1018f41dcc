namespace PeeringHub.Sflow.Decoding;

/// <summary>A point-in-time copy of <see cref="SflowCounters"/> for status pages and the API.</summary>
public sealed record SflowCounterSnapshot(
    long Datagrams, long DatagramsAccepted, long DatagramsRejected, long DatagramsTruncated, long DatagramsWithTrailingBytes,
    long SampleEntries, long FlowSamples, long ExpandedFlowSamples, long CounterSamples, long DiscardSamples,
    long UnknownSamples, long MalformedSamples, long UnknownRecords, IReadOnlyDictionary<SflowError, long> MalformedByReason)
{
    public long TotalFlowSamples => FlowSamples + ExpandedFlowSamples;
    public long TotalMalformed => MalformedByReason.Values.Sum();
}
