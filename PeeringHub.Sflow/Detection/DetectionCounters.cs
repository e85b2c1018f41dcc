namespace PeeringHub.Sflow.Detection;

/// <summary>
/// What detection made of the flow samples. Single writer (the decoding thread), like the decoder counters.
/// Every TCP/179 sample (or sample cut before its ports) between two addresses lands in exactly one bucket:
/// credited to a pair (Evidence, Control or Inconclusive), NonMember, DifferentLans, VlanMismatch, Ambiguous or SelfPair.
/// BgpSamples = EvidenceSamples + ControlSamples.
/// </summary>
public sealed class DetectionCounters
{
    internal long BgpSamples, EvidenceSamples, ControlSamples, SessionMessageSamples, InconclusiveSamples;
    internal long NonMemberBgpSamples, DifferentLanSamples, VlanMismatchSamples, AmbiguousSamples, SelfPairSamples;

    /// <summary>Counts a sample credited to a pair.</summary>
    internal void Count(BgpSampleKind kind)
    {
        if (kind == BgpSampleKind.Inconclusive) { InconclusiveSamples++; return; }
        BgpSamples++;
        if (BgpSampleClassifier.IsControl(kind)) ControlSamples++;
        else EvidenceSamples++;
        if (kind == BgpSampleKind.SessionMessage) SessionMessageSamples++;
    }

    public DetectionCounterSnapshot Snapshot() => new(
        Volatile.Read(ref BgpSamples), Volatile.Read(ref EvidenceSamples), Volatile.Read(ref ControlSamples),
        Volatile.Read(ref SessionMessageSamples), Volatile.Read(ref InconclusiveSamples), Volatile.Read(ref NonMemberBgpSamples),
        Volatile.Read(ref DifferentLanSamples), Volatile.Read(ref VlanMismatchSamples), Volatile.Read(ref AmbiguousSamples),
        Volatile.Read(ref SelfPairSamples));
}
