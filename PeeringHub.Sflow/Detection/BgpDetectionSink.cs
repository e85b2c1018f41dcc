using System.Runtime.CompilerServices;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// The detection rule, applied to each decoded flow sample (a struct sink: inlined into the decoder's loop).
/// A sample counts when it is TCP with port 179 on either side (or cut before the ports) between two member addresses of one
/// matrix LAN, matched by (VLAN, address). It is classified (<see cref="BgpSampleClassifier"/>) and credited to its pair;
/// whether the pair is a session is decided from the totals (<c>DetectedSessionEvidence</c>). Samples between unknown
/// addresses wait in <see cref="PendingEvidence"/>; every other outcome is counted, never dropped silently.
/// </summary>
public struct BgpDetectionSink(MemberDirectory directory, SessionAggregator aggregator, DetectionCounters counters, PendingEvidence? pending = null)
    : ISflowSampleSink
{
    /// <summary>Timestamp given to evidence; the caller sets it once per datagram (a clock read per sample costs).</summary>
    public DateTime Now;
    public MemberDirectory Directory = directory;
    /// <summary>Statistics of the agent that sent the datagram being decoded (null: not tracked).</summary>
    public AgentStatistics? Agent;
    /// <summary>
    /// Per-datagram tallies kept in the sink (on the stack, next to the loop) and added to <see cref="Agent"/> once per datagram
    /// by <see cref="AgentStatistics.Add"/>: per-sample writes to a heap object cost measurably at 20 M samples/s.
    /// </summary>
    public AgentTally Tally;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // inlined into the decoder's loop: most samples end here
    public void OnFlowSample(in FlowPacket p)
    {
        Tally.SamplingRate = p.SamplingRate;
        if (MayBeBgp(p)) Detect(p);
    }

    /// <summary>
    /// TCP (or protocol unknown), first fragment, port 179 on either side (or ports not captured). Non-short-circuit
    /// operators: one branch per sample instead of five whose outcomes vary from sample to sample (mispredictions cost more
    /// than the extra compares).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool MayBeBgp(in FlowPacket p) =>
        (p.AddressFamily != 0) & (!p.HasProtocol | p.Protocol == 6) & p.IsFirstFragment
        & (!p.HasPorts | p.SourcePort == 179 | p.DestinationPort == 179);

    // out of line: keeps the decoder's loop small; its prologue is paid only by the few candidate samples
    [MethodImpl(MethodImplOptions.NoInlining)]
    void Detect(in FlowPacket p)
    {
        // the agent's header shape, measured on the samples detection reads (TCP/179 or cut before the ports): every other
        // sample costs only the store above, which keeps decode + detect above 20 M samples/s
        Tally.Bgp++;
        if (p.VlanTagCount != 0) { Tally.Tagged++; if (p.VlanTagCount > 1) Tally.QinQ++; }
        if (p.AddressFamily == 6) Tally.Ipv6++;
        // frame_length counts the FCS (4 bytes) that the captured header never has
        if (p.HeaderLength + 4 < p.FrameLength && p.HasHeader) { Tally.CutLength = p.HeaderLength; Tally.Cut++; }
        // TCP/179, or a header cut before we could tell: only member-to-member traffic matters
        if (p.Source == p.Destination)
        {
            counters.SelfPairSamples++;
            return;
        }
        var vlan = p.HasVlan ? p.Vlan : p.VlanUnknown ? MemberDirectory.VlanUnknown : (ushort)0;
        var kind = BgpSampleClassifier.Classify(p);
        switch (Directory.Resolve(vlan, p.Source, p.Destination, out var lan))
        {
            case DirectoryMatch.Match:
                counters.Count(kind);
                if (kind == BgpSampleKind.Inconclusive) Tally.Inconclusive++;
                aggregator.Record(lan, p.Source, p.Destination, kind, p.HeaderLength, Now);
                return;
            case DirectoryMatch.NotMember:
                if (!p.HasPorts) return; // unknown ports between non-members: not BGP as far as we can tell
                counters.NonMemberBgpSamples++;
                pending?.Add(p.Source, p.Destination, vlan, kind, p.HeaderLength, Now);
                return;
            case DirectoryMatch.DifferentLans: if (p.HasPorts) counters.DifferentLanSamples++; return;
            case DirectoryMatch.VlanMismatch: counters.VlanMismatchSamples++; return;
            default: counters.AmbiguousSamples++; return;
        }
    }
}
