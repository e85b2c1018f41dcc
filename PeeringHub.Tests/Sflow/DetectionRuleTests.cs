using System.Net;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>The detection rule case by case, including the two weaknesses of IXP Manager's rule.</summary>
[Trait("Kind", "Sflow")]
public class DetectionRuleTests
{
    static readonly IPAddress A4 = IPAddress.Parse("185.1.0.1"), B4 = IPAddress.Parse("185.1.0.2");
    static readonly IPAddress A6 = IPAddress.Parse("2001:7f8:1::1"), B6 = IPAddress.Parse("2001:7f8:1::2");
    const byte Ack = FlowPacket.TcpAck, Psh = FlowPacket.TcpPsh;

    readonly SflowPipeline _pipeline = new(new MemberDirectory(
        [new(IpAddressKey.From(A4), new(1, 1, 1)), new(IpAddressKey.From(B4), new(1, 2, 2)),
         new(IpAddressKey.From(A6), new(1, 1, 1)), new(IpAddressKey.From(B6), new(1, 2, 2))],
        [KeyValuePair.Create(1, (ushort)100)]));
    readonly DatagramBuilder _agent = new(IPAddress.Parse("192.0.2.1"));

    void Send(IPAddress src, IPAddress dst, byte flags, int payload = 0, ushort[]? vlans = null, int header = 128, uint? switchVlan = null)
    {
        var toBgp = dst.Equals(B4) || dst.Equals(B6);
        var f = new FrameSpec(vlans ?? [100], src, dst, 6, toBgp ? (ushort)50000 : (ushort)179, toBgp ? (ushort)179 : (ushort)50000, flags, payload);
        _pipeline.Process(_agent.Build([new SampleSpec(SampleKind.Flow, f, header, SwitchVlan: switchVlan)]), DateTime.UtcNow);
    }

    DetectedPair? Pair() => _pipeline.Aggregator.Snapshot().SingleOrDefault();

    [Fact]
    public void Refused_connection_one_way_bare_acks_is_seen_but_not_a_session()
    {
        Send(A4, B4, FlowPacket.TcpSyn);
        Send(B4, A4, FlowPacket.TcpSyn | Ack);
        for (var i = 0; i < 5; i++) Send(A4, B4, Ack);
        Send(B4, A4, FlowPacket.TcpRst | Ack);
        var p = Pair()!;
        Assert.Equal(5, p.Samples);
        Assert.False(p.IsEstablished);
        Assert.Equal(3, _pipeline.Detection.Snapshot().ControlSamples);
    }

    [Fact]
    public void Bare_acks_in_both_directions_are_a_session()
    {
        Send(A4, B4, Ack);
        Assert.False(Pair()!.IsEstablished);
        Send(B4, A4, Ack);
        Assert.True(Pair()!.IsEstablished);
        Assert.Equal(1, Pair()!.ReverseSamples);
    }

    [Fact]
    public void Payload_one_way_is_a_session()
    {
        Send(B6, A6, Ack | Psh, payload: 19);
        var p = Pair()!;
        Assert.True(p.IsEstablished);
        Assert.Equal(1, p.PayloadSamples);
        Assert.Equal(6, p.AddressFamily);
    }

    [Theory]
    [InlineData(new ushort[] { 100 })]
    [InlineData(new ushort[] { 1001, 100 })]
    [InlineData(new ushort[0])]
    public void Ipv6_behind_64_byte_headers_is_inconclusive_not_guessed(ushort[] vlans)
    {
        Send(A6, B6, Ack | Psh, payload: 100, vlans: vlans, header: 64, switchVlan: 100);
        Assert.Null(Pair());
        Assert.Equal(1, _pipeline.Detection.Snapshot().InconclusiveSamples);
        // the same traffic with IPv4 still fits in 64 bytes and counts
        Send(A4, B4, Ack | Psh, payload: 100, vlans: vlans, header: 64, switchVlan: 100);
        Assert.True(Pair()!.IsEstablished);
    }

    [Fact]
    public void Member_addresses_on_another_vlan_are_not_that_lan()
    {
        Send(A4, B4, Ack | Psh, payload: 19, vlans: [200]);
        Send(A4, B4, Ack | Psh, payload: 19, vlans: [], switchVlan: 300);
        Assert.Null(Pair());
        Assert.Equal(2, _pipeline.Detection.Snapshot().VlanMismatchSamples);
        Send(A4, B4, Ack | Psh, payload: 19, vlans: [], switchVlan: SflowFormat.UnknownVlan);
        Assert.NotNull(Pair());
    }

    [Fact]
    public void Switch_vlan_0_is_untagged_not_a_mismatch()
    {
        // pmacctd's sfprobe writes an extended switch record with VLAN 0 for every sample (found by the real-agent lab)
        Send(A4, B4, Ack | Psh, payload: 19, vlans: [], switchVlan: 0);
        Assert.NotNull(Pair());
        Assert.Equal(0, _pipeline.Detection.Snapshot().VlanMismatchSamples);
    }

    [Fact]
    public void PairsChanged_reports_updated_pairs_once()
    {
        var seen = new List<DetectedPair>();
        _pipeline.Aggregator.PairsChanged += (_, e) => seen.AddRange(e.Changed);
        Send(A4, B4, Ack | Psh, payload: 19);
        Assert.Equal(1, _pipeline.Aggregator.PublishChanges());
        Assert.Equal(0, _pipeline.Aggregator.PublishChanges());
        Assert.True(Assert.Single(seen).IsEstablished);
    }

    [Fact]
    public void Prune_forgets_old_flushed_pairs_only()
    {
        var agg = new SessionAggregator();
        var old = DateTime.UtcNow.AddDays(-40);
        agg.Record(1, IpAddressKey.From(A4), IpAddressKey.From(B4), true, old);
        Assert.Equal(0, agg.Prune(DateTime.UtcNow.AddDays(-28))); // not yet persisted
        Assert.Single(agg.TakeDirtyForFlush());
        Assert.Equal(1, agg.Prune(DateTime.UtcNow.AddDays(-28)));
        Assert.Equal(0, agg.Count);
    }
}
