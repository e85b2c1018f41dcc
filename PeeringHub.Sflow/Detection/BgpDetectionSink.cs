using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// The detection rule, applied to each decoded flow sample (a struct sink: inlined into the decoder's loop).
/// Evidence = TCP with port 179 on either side, both addresses members of the same matrix LAN, ACK without SYN/RST/FIN
/// (IXP Manager's rule). Whether a pair is a session is decided later from its totals (<see cref="DetectedPair.IsEstablished"/>).
/// Samples whose header stops before the TCP ports or flags are counted inconclusive, never guessed.
/// </summary>
public struct BgpDetectionSink(MemberDirectory directory, SessionAggregator aggregator, DetectionCounters counters) : ISflowSampleSink
{
    /// <summary>Timestamp given to evidence; the caller sets it once per datagram (a clock read per sample costs).</summary>
    public DateTime Now;
    public MemberDirectory Directory = directory;

    public void OnFlowSample(in FlowPacket p)
    {
        if (p.AddressFamily == 0) return;
        if (p.HasProtocol && p.Protocol != 6) return;
        if (!p.IsFirstFragment) return;
        if (p.HasPorts && p.SourcePort != 179 && p.DestinationPort != 179) return;
        // TCP/179, or a header cut before we could tell: only member-to-member traffic matters
        if (!Directory.TryGet(p.Source, out var a) || !Directory.TryGet(p.Destination, out var b) || a.PeeringLanId != b.PeeringLanId)
        {
            if (p.HasPorts) counters.NonMemberBgpSamples++;
            return;
        }
        if (p.HasVlan && Directory.TryGetVlan(a.PeeringLanId, out var vlan) && vlan != p.Vlan)
        {
            counters.VlanMismatchSamples++;
            return;
        }
        if (!p.HasProtocol || !p.HasPorts || !p.HasTcpFlags)
        {
            counters.InconclusiveSamples++;
            return;
        }
        counters.BgpSamples++;
        if ((p.TcpFlags & (FlowPacket.TcpSyn | FlowPacket.TcpRst | FlowPacket.TcpFin)) != 0 || (p.TcpFlags & FlowPacket.TcpAck) == 0)
        {
            counters.ControlSamples++;
            return;
        }
        counters.EvidenceSamples++;
        aggregator.Record(a.PeeringLanId, p.Source, p.Destination, p.TcpPayloadLength > 0, Now);
    }
}
