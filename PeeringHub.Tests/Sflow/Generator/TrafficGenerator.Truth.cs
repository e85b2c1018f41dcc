using System.Net;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>Truth accounting: what each generated flow sample must count as, derived from the frame layout the builder wrote.</summary>
public sealed partial class TrafficGenerator
{
    void Account(SampleSpec s)
    {
        var c = _truth.Counts;
        var f = s.Frame!;
        if (s.Expanded) c.ExpandedFlowSamples++; else c.FlowSamples++;
        if (s.UnknownRecord) c.UnknownRecords++;
        if (f.Vlans.Length > 0) c.TaggedSamples++;
        if (f.Vlans.Length == 2) c.QinQSamples++;
        if (f.IsIpv6) c.Ipv6Samples++;
        if (s.HeaderBytes < 128) c.ShortHeaderSamples++;

        var captured = Math.Min(s.HeaderBytes, f.FrameLength - 4);
        var l2 = f.L2Length;
        if (l2 + (f.IsIpv6 ? 40 : 20) > captured) return;           // addresses not captured
        var protocolKnown = !f.IsIpv6 || l2 + f.L3Length <= captured; // the IPv6 extension chain must be complete
        if (protocolKnown && f.NonFirstFragment) return;
        if (protocolKnown && f.Protocol != 6) return;
        var portsKnown = protocolKnown && l2 + f.L3Length + 4 <= captured;
        var flagsKnown = portsKnown && l2 + f.L3Length + 14 <= captured;
        if (portsKnown && f.SourcePort != 179 && f.DestinationPort != 179) return;
        if (f.Source.Equals(f.Destination)) { c.SelfPairSamples++; return; }
        if (!SameMatrixLan(f.Source, f.Destination))
        {
            if (portsKnown) c.NonMemberBgpSamples++;
            return;
        }
        if (!flagsKnown) { c.InconclusiveSamples++; return; }
        const byte control = FlowPacket.TcpSyn | FlowPacket.TcpRst | FlowPacket.TcpFin;
        if ((f.TcpFlags & control) != 0 || (f.TcpFlags & FlowPacket.TcpAck) == 0) c.ControlSamples++;
        else c.EvidenceSamples++;
        // a session message is read only when the marker and type byte were captured
        if ((f.TcpFlags & control) == 0 && (f.TcpFlags & FlowPacket.TcpAck) != 0 && f.BgpType is 2 or 4 or 5
            && l2 + f.L3Length + f.L4HeaderLength + 19 <= captured) c.SessionMessageSamples++;
    }

    bool SameMatrixLan(IPAddress a, IPAddress b) =>
        _memberByAddress.TryGetValue(a.ToString(), out var x) && _memberByAddress.TryGetValue(b.ToString(), out var y)
        && x.LanId == y.LanId && _truth.Lans[x.LanId - 1].MatrixEnabled;

    (List<byte[]>, List<SampleSpec>) Pack()
    {
        var agents = new[]
        {
            new DatagramBuilder(IPAddress.Parse("192.0.2.11")), new DatagramBuilder(IPAddress.Parse("192.0.2.12"), 1),
            new DatagramBuilder(IPAddress.Parse("2001:db8:ffff::13")),
        };
        var datagrams = new List<byte[]>();
        var ordered = new List<SampleSpec>(_flows.Count);
        var c = _truth.Counts;
        var i = 0;
        var batch = new List<SampleSpec>();
        while (i < _flows.Count)
        {
            batch.Clear();
            var jumbo = !o.OneSamplePerDatagram && _rng.NextDouble() < o.JumboShare;
            var take = o.OneSamplePerDatagram ? 1 : jumbo ? _rng.Next(30, 41) : _rng.Next(1, 7);
            for (var k = 0; k < take && i < _flows.Count; k++) { batch.Add(_flows[i]); ordered.Add(_flows[i]); i++; }
            if (!o.OneSamplePerDatagram && _rng.Next(8) == 0)
            {
                batch.Insert(_rng.Next(batch.Count + 1), new SampleSpec(SampleKind.Counter, Expanded: _rng.Next(2) == 0));
                c.CounterSamples++;
            }
            if (!o.OneSamplePerDatagram && _rng.Next(50) == 0)
            {
                batch.Add(new SampleSpec(SampleKind.Discard));
                c.DiscardSamples++;
            }
            var d = agents[_rng.Next(agents.Length)].Build(batch);
            if (jumbo) c.JumboDatagrams++;
            datagrams.Add(d);
        }
        c.Datagrams = datagrams.Count;
        return (datagrams, ordered);
    }
}
