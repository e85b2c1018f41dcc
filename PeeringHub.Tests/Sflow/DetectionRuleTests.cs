using System.Net;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>
/// The detection rule case by case: only BGP session messages make a pair established; bare ACKs (even both ways) are
/// unconfirmed, handshake/OPEN/RST patterns refused, short headers inconclusive, and A = B is never a pair.
/// </summary>
[Trait("Kind", "Sflow")]
public class DetectionRuleTests
{
    static readonly IPAddress A4 = IPAddress.Parse("185.1.0.1"), B4 = IPAddress.Parse("185.1.0.2");
    static readonly IPAddress A6 = IPAddress.Parse("2001:7f8:1::1"), B6 = IPAddress.Parse("2001:7f8:1::2");
    const byte Ack = FlowPacket.TcpAck, Psh = FlowPacket.TcpPsh, Syn = FlowPacket.TcpSyn, Rst = FlowPacket.TcpRst, Fin = FlowPacket.TcpFin;
    const byte Open = 1, Update = 2, Notification = 3, Keepalive = 4;

    readonly SflowPipeline _pipeline = new(new MemberDirectory(
        [new(IpAddressKey.From(A4), 100, new(1, 1, 1)), new(IpAddressKey.From(B4), 100, new(1, 2, 2)),
         new(IpAddressKey.From(A6), 100, new(1, 1, 1)), new(IpAddressKey.From(B6), 100, new(1, 2, 2))]));
    readonly DatagramBuilder _agent = new(IPAddress.Parse("192.0.2.1"));

    void Send(IPAddress src, IPAddress dst, byte flags, int payload = 0, ushort[]? vlans = null, int header = 128, uint? switchVlan = null, byte bgp = 0)
    {
        var toBgp = dst.Equals(B4) || dst.Equals(B6);
        var f = new FrameSpec(vlans ?? [100], src, dst, 6, toBgp ? (ushort)50000 : (ushort)179, toBgp ? (ushort)179 : (ushort)50000, flags, payload, BgpType: bgp);
        _pipeline.Process(_agent.Build([new SampleSpec(SampleKind.Flow, f, header, SwitchVlan: switchVlan)]), DateTime.UtcNow);
    }

    DetectedPair? Pair() => _pipeline.Aggregator.Snapshot().SingleOrDefault();

    [Fact]
    public void Refused_peering_handshake_open_and_reset_is_refused_never_established()
    {
        // what BIRD does for a neighbor it has no protocol for: accept, read nothing, close; the initiator's OPEN meets a RST
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Send(A4, B4, Syn);
            Send(B4, A4, Syn | Ack);
            Send(A4, B4, Ack);
            Send(A4, B4, Ack | Psh, payload: 61, bgp: Open);
            Send(B4, A4, Rst | Ack);
        }
        var p = Pair()!;
        Assert.Equal(DetectedSessionState.Refused, p.State);
        Assert.False(p.IsEstablished);
        Assert.Equal((5L, 5L, 5L, 10L, 10L), (p.Evidence.OpenSamples, p.Evidence.AckSamples, p.Evidence.ResetSamples, p.Evidence.ReverseSamples, p.Evidence.SynSamples));
        Assert.Contains("refused", p.Why);
        Assert.Equal(0, _pipeline.Detection.Snapshot().SessionMessageSamples);
    }

    [Fact]
    public void Bare_acks_in_both_directions_are_seen_unconfirmed_with_the_reason()
    {
        for (var i = 0; i < 20; i++) { Send(A4, B4, Ack); Send(B4, A4, Ack); }
        var p = Pair()!;
        Assert.Equal(DetectedSessionState.Unconfirmed, p.State);
        Assert.Equal(40, p.Evidence.AckSamples);
        Assert.Contains("Only bare ACKs (20 A→B, 20 B→A)", p.Why);
        // one keepalive sampled later makes it a session
        Send(B4, A4, Ack | Psh, payload: 19, bgp: Keepalive);
        Assert.Equal(DetectedSessionState.Established, Pair()!.State);
    }

    [Theory]
    [InlineData(Keepalive)]
    [InlineData(Update)]
    public void One_session_message_in_one_direction_is_established(byte type)
    {
        Send(B6, A6, Ack | Psh, payload: 19 + 40, bgp: type);
        var p = Pair()!;
        Assert.True(p.IsEstablished);
        Assert.Equal(1, p.Evidence.SessionMessageSamples);
        Assert.Equal(6, p.AddressFamily);
    }

    [Fact]
    public void Payload_without_a_marker_and_a_notification_are_not_a_session()
    {
        Send(A4, B4, Ack | Psh, payload: 1000); // zeros: the middle of a message, or not BGP
        Assert.Equal(DetectedSessionState.Unconfirmed, Pair()!.State);
        Assert.Contains("readable BGP marker", Pair()!.Why);
        Send(B4, A4, Ack | Psh | Fin, payload: 21, bgp: Notification);
        Assert.Equal(DetectedSessionState.Refused, Pair()!.State);
        Assert.Equal(1, Pair()!.Evidence.NotificationSamples);
    }

    [Theory]
    [InlineData(new ushort[] { 100 })]
    [InlineData(new ushort[] { 1001, 100 })]
    [InlineData(new ushort[0])]
    public void Ipv6_behind_64_byte_headers_is_an_inconclusive_pair_with_counts(ushort[] vlans)
    {
        Send(A6, B6, Ack | Psh, payload: 100, vlans: vlans, header: 64, switchVlan: 100, bgp: Keepalive);
        Send(B6, A6, Ack | Psh, payload: 100, vlans: vlans, header: 64, switchVlan: 100, bgp: Keepalive);
        var p = Pair()!;
        Assert.Equal(DetectedSessionState.Inconclusive, p.State);
        Assert.Equal((2L, 2L, 64), (p.Samples, p.Evidence.InconclusiveSamples, p.Evidence.HeaderBytes));
        Assert.Contains("set the sampled header on the switch to 128 bytes", p.Why);
        Assert.Equal(2, _pipeline.Detection.Snapshot().InconclusiveSamples);
        // 64 bytes also hide the BGP marker of IPv4: seen, but never established through such headers
        Send(A4, B4, Ack | Psh, payload: 100, vlans: vlans, header: 64, switchVlan: 100, bgp: Keepalive);
        Assert.Equal(DetectedSessionState.Unconfirmed, _pipeline.Aggregator.Snapshot().Single(x => x.AddressFamily == 4).State);
    }

    [Fact]
    public void Member_addresses_on_another_vlan_are_counted_not_credited()
    {
        Send(A4, B4, Ack | Psh, payload: 19, vlans: [200], bgp: Keepalive);
        Send(A4, B4, Ack | Psh, payload: 19, vlans: [], switchVlan: 300, bgp: Keepalive);
        Send(A4, B4, Ack | Psh, payload: 19, vlans: [], switchVlan: 0, bgp: Keepalive); // untagged: not this tagged LAN
        Assert.Null(Pair());
        Assert.Equal(3, _pipeline.Detection.Snapshot().VlanMismatchSamples);
        // "VLAN unknown" from the switch: the address is on one LAN only, so it is that LAN
        Send(A4, B4, Ack | Psh, payload: 19, vlans: [], switchVlan: SflowFormat.UnknownVlan, bgp: Keepalive);
        Assert.True(Pair()!.IsEstablished);
    }

    [Fact]
    public void Finding8_ForgedSflowEvidence_source_equal_to_destination_is_dropped_and_counted()
    {
        // issue 16, finding 8: fuzzed datagrams recorded a self-pair
        Send(A4, A4, Ack | Psh, payload: 19, bgp: Keepalive);
        Assert.Null(Pair());
        Assert.Equal(1, _pipeline.Detection.Snapshot().SelfPairSamples);
    }

    [Fact]
    public void PairsChanged_reports_updated_pairs_once()
    {
        var seen = new List<DetectedPair>();
        _pipeline.Aggregator.PairsChanged += (_, e) => seen.AddRange(e.Changed);
        Send(A4, B4, Ack | Psh, payload: 19, bgp: Keepalive);
        Assert.Equal(1, _pipeline.Aggregator.PublishChanges());
        Assert.Equal(0, _pipeline.Aggregator.PublishChanges());
        Assert.True(Assert.Single(seen).IsEstablished);
    }

    [Fact]
    public void Prune_forgets_old_flushed_pairs_only()
    {
        var agg = new SessionAggregator();
        var old = DateTime.UtcNow.AddDays(-40);
        agg.Record(1, IpAddressKey.From(A4), IpAddressKey.From(B4), BgpSampleKind.SessionMessage, 128, old);
        Assert.Equal(0, agg.Prune(DateTime.UtcNow.AddDays(-28))); // not yet persisted
        Assert.Single(agg.TakeDirtyForFlush());
        Assert.Equal(1, agg.Prune(DateTime.UtcNow.AddDays(-28)));
        Assert.Equal(0, agg.Count);
    }

    [Fact]
    public void Flush_takes_each_change_once_and_a_failed_write_or_a_new_sample_makes_the_pair_dirty_again()
    {
        var agg = new SessionAggregator();
        IpAddressKey a = IpAddressKey.From(A4), b = IpAddressKey.From(B4);
        var t = DateTime.UtcNow;
        agg.Record(1, a, b, BgpSampleKind.SessionMessage, 128, t);
        agg.Record(1, b, a, BgpSampleKind.Ack, 128, t.AddSeconds(-5));
        var flushed = Assert.Single(agg.TakeDirtyForFlush());
        Assert.Equal((2L, 1L, 1L, t.AddSeconds(-5), t), (flushed.Samples, flushed.Evidence.ReverseSamples, flushed.Evidence.AckSamples, flushed.FirstSeen, flushed.LastSeen));
        Assert.Empty(agg.TakeDirtyForFlush());
        agg.MarkDirty([flushed.Key]);
        Assert.Equal(2, Assert.Single(agg.TakeDirtyForFlush()).Samples);
        agg.Record(1, a, b, BgpSampleKind.SessionMessage, 128, t);
        Assert.Equal(3, Assert.Single(agg.TakeDirtyForFlush()).Samples);
        Assert.Equal(1, agg.PublishChanges()); // publishing keeps its own flag
        Assert.Equal(0, agg.PublishChanges());
    }

    [Fact]
    public void Agent_statistics_show_rate_header_length_and_what_it_hides()
    {
        Send(A6, B6, Ack | Psh, payload: 100, vlans: [100], header: 64, bgp: Keepalive);
        Send(A4, B4, Ack | Psh, payload: 100, vlans: [100], header: 64, bgp: Keepalive);
        _pipeline.Process([1, 2, 3], DateTime.UtcNow); // rejected: counted under its sender with the reason
        var a = Assert.Single(_pipeline.Agents.Snapshot());
        Assert.Equal((3L, 2L, 10000u, "192.0.2.1"), (a.Datagrams, a.Samples, a.SamplingRate, a.AgentAddress));
        Assert.Equal(2, a.HeaderLengths[64]);
        Assert.Equal(1, a.Rejected[SflowError.TruncatedDatagramHeader]);
        Assert.Equal(1, a.InconclusiveSamples);
        Assert.Equal("64-byte headers with 802.1Q: IPv6 TCP flags are cut; BGP messages are not visible (IPv4 and IPv6); set the sampled header to 128 bytes.", a.HeaderHint);
        Assert.Equal("64-byte headers with Q-in-Q: IPv6 TCP ports are cut; BGP messages are not visible (IPv4 and IPv6); set the sampled header to 128 bytes.", HeaderLengthHint.For(64, 2));
        Assert.Null(HeaderLengthHint.For(128, 2));
    }
}
