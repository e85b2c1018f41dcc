using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>Decoder and detector against the generator's truth: every field of every sample, every counter, every pair.</summary>
[Trait("Kind", "Sflow")]
public class GeneratedCaptureTests
{
    readonly GeneratedCapture _cap = SflowTestData.StandardCapture;

    [Fact]
    public void Decoder_reports_every_sample_field_as_generated()
    {
        var decoder = new SflowDecoder();
        var sink = new RecordingSink();
        foreach (var d in _cap.Datagrams) Assert.True(decoder.Decode(d, ref sink));
        Assert.Equal(_cap.FlowSamples.Count, sink.Packets.Count);
        for (var i = 0; i < sink.Packets.Count; i++) AssertSample(_cap.FlowSamples[i], sink.Packets[i], i);
    }

    static void AssertSample(SampleSpec s, FlowPacket p, int i)
    {
        var f = s.Frame!;
        var at = $"sample {i}";
        Assert.True(s.Expanded == p.Expanded, at);
        Assert.Equal(s.SamplingRate, p.SamplingRate);
        Assert.Equal((uint)f.FrameLength, p.FrameLength);
        Assert.Equal(Math.Min(s.HeaderBytes, f.FrameLength - 4), p.HeaderLength);
        Assert.Equal(f.Vlans.Length, p.VlanTagCount);
        var expectVlan = f.Vlans.Length > 0 ? f.Vlans[^1] : s.SwitchVlan is { } v && v is >= 1 and <= 4094 ? (int)v : -1;
        Assert.Equal(expectVlan, p.HasVlan ? p.Vlan : -1);
        Assert.Equal(f.Vlans.Length == 2 ? f.Vlans[0] : -1, p.HasOuterVlan ? p.OuterVlan : -1);
        Assert.Equal(f.IsIpv6 ? 6 : 4, p.AddressFamily);
        Assert.Equal(f.Source, p.Source.ToIPAddress());
        Assert.Equal(f.Destination, p.Destination.ToIPAddress());
        var captured = p.HeaderLength - f.L2Length;
        var l4Known = !f.NonFirstFragment && captured >= f.L3Length + 4 && f.Protocol is 6 or 17;
        Assert.True(l4Known == p.HasPorts, at + " ports known");
        if (p.HasPorts) { Assert.Equal(f.SourcePort, p.SourcePort); Assert.Equal(f.DestinationPort, p.DestinationPort); }
        var flagsKnown = l4Known && f.Protocol == 6 && captured >= f.L3Length + 14;
        Assert.True(flagsKnown == p.HasTcpFlags, at + " flags known");
        if (flagsKnown)
        {
            Assert.Equal(f.TcpFlags, p.TcpFlags);
            Assert.Equal(f.PayloadLength, p.TcpPayloadLength);
        }
        Assert.Equal(!f.NonFirstFragment || (f.IsIpv6 && captured < f.L3Length), p.IsFirstFragment);
    }

    [Fact]
    public void Counters_match_truth_and_add_up()
    {
        var pipeline = new SflowPipeline(SflowTestData.Directory(_cap.Truth));
        foreach (var d in _cap.Datagrams) pipeline.Process(d, DateTime.UtcNow);
        var c = pipeline.Decoder.Counters.Snapshot();
        var t = _cap.Truth.Counts;
        Assert.Equal(t.Datagrams, c.Datagrams);
        Assert.Equal(t.Datagrams, c.DatagramsAccepted);
        Assert.Equal(t.FlowSamples, c.FlowSamples);
        Assert.Equal(t.ExpandedFlowSamples, c.ExpandedFlowSamples);
        Assert.Equal(t.CounterSamples, c.CounterSamples);
        Assert.Equal(t.DiscardSamples, c.DiscardSamples);
        Assert.Equal(t.UnknownRecords, c.UnknownRecords);
        Assert.Equal(0, c.TotalMalformed);
        Assert.Equal(c.SampleEntries, c.FlowSamples + c.ExpandedFlowSamples + c.CounterSamples + c.DiscardSamples + c.UnknownSamples + c.MalformedSamples);
        var det = pipeline.Detection.Snapshot();
        Assert.Equal(t.EvidenceSamples, det.EvidenceSamples);
        Assert.Equal(t.ControlSamples, det.ControlSamples);
        Assert.Equal(t.InconclusiveSamples, det.InconclusiveSamples);
        Assert.Equal(t.NonMemberBgpSamples, det.NonMemberBgpSamples);
        Assert.Equal(t.SessionMessageSamples, det.SessionMessageSamples);
        Assert.Equal(t.SelfPairSamples, det.SelfPairSamples);
        Assert.Equal((0L, 0L, 0L), (det.VlanMismatchSamples, det.AmbiguousSamples, det.DifferentLanSamples));
        Assert.Equal(det.BgpSamples, det.EvidenceSamples + det.ControlSamples);
        // every member sample is in exactly one pair
        Assert.Equal(det.BgpSamples + det.InconclusiveSamples, pipeline.Aggregator.Snapshot().Sum(p => p.Samples));
        // the mix really contains what the issue lists
        Assert.True(t.JumboDatagrams > 0 && t.QinQSamples > 0 && t.TaggedSamples > 0 && t.Ipv6Samples > 0 && t.ShortHeaderSamples > 0);
        Assert.True(t.InconclusiveSamples > 0 && t.ControlSamples > 0 && t.CounterSamples > 0 && t.ExpandedFlowSamples > 0);
    }

    [Fact]
    public void Detection_gives_every_pair_its_true_state_and_no_phantom()
    {
        var pipeline = new SflowPipeline(SflowTestData.Directory(_cap.Truth));
        foreach (var d in _cap.Datagrams) pipeline.Process(d, DateTime.UtcNow);
        var pairs = pipeline.Aggregator.Snapshot().ToDictionary(p => (p.PeeringLanId, A: p.AddressA.ToString(), B: p.AddressB.ToString()));
        var detected = pairs.Values.Where(p => p.IsEstablished).Select(p => (p.PeeringLanId, p.AddressFamily, A: p.AddressA.ToString(), B: p.AddressB.ToString())).ToHashSet();
        var expected = _cap.Truth.Pairs.Where(p => p.ShouldBeDetected).Select(p => (p.LanId, p.AddressFamily, A: p.AddressA, B: p.AddressB)).ToHashSet();
        Assert.True(expected.Count >= 20, $"too few established pairs generated: {expected.Count}");
        Assert.Equal(expected.OrderBy(x => x).ToList(), detected.OrderBy(x => x).ToList());
        foreach (var t in _cap.Truth.Pairs.Where(p => p.ExpectedState is not null))
        {
            Assert.True(pairs.TryGetValue((t.LanId, t.AddressA, t.AddressB), out var p), $"{t.Category} pair {t.AddressA}-{t.AddressB} not seen");
            Assert.True(t.ExpectedState == p.State, $"{t.Category} pair {t.AddressA}-{t.AddressB}: {p.State} ({p.Why})");
        }
        Assert.Contains(_cap.Truth.Pairs, t => t.Category == "refused");
        Assert.Contains(_cap.Truth.Pairs, t => t.Category == "unconfirmed");
    }

    [Fact]
    public void Steady_state_decode_and_detect_allocates_nothing()
    {
        var pipeline = new SflowPipeline(SflowTestData.Directory(_cap.Truth));
        var now = DateTime.UtcNow;
        foreach (var d in _cap.Datagrams) pipeline.Process(d, now); // first pass creates the pairs (one allocation each)
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var d in _cap.Datagrams) pipeline.Process(d, now);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(pipeline.Decoder.Counters.Snapshot().TotalFlowSamples >= 2 * 30_000);
    }
}
