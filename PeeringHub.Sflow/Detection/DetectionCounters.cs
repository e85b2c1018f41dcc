namespace PeeringHub.Sflow.Detection;

/// <summary>
/// What detection made of the flow samples. Single writer (the decoding thread), like the decoder counters.
/// BgpSamples = EvidenceSamples + ControlSamples; Inconclusive samples are TCP/179-or-unknown between members whose
/// header was cut before the ports or flags (e.g. 64-byte headers with IPv6), reported instead of guessed.
/// </summary>
public sealed class DetectionCounters
{
    internal long BgpSamples, EvidenceSamples, ControlSamples, InconclusiveSamples, NonMemberBgpSamples, VlanMismatchSamples;

    public DetectionCounterSnapshot Snapshot() => new(
        Volatile.Read(ref BgpSamples), Volatile.Read(ref EvidenceSamples), Volatile.Read(ref ControlSamples),
        Volatile.Read(ref InconclusiveSamples), Volatile.Read(ref NonMemberBgpSamples), Volatile.Read(ref VlanMismatchSamples));
}
