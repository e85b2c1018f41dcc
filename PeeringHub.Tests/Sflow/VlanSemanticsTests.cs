using System.Net;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>
/// LAN kinds in detection: tagged LANs keyed by (VLAN, address) so one address may serve two VLANs, untagged (no tag or
/// switch VLAN 0) apart from "any VLAN", and every sample that is not credited counted under a reason.
/// </summary>
[Trait("Kind", "Sflow")]
public class VlanSemanticsTests
{
    static readonly IPAddress A = IPAddress.Parse("185.1.0.1"), B = IPAddress.Parse("185.1.0.2");
    readonly DatagramBuilder _agent = new(IPAddress.Parse("192.0.2.1"));

    static DirectoryEntry E(IPAddress ip, int? vlan, int lan, int member) => new(IpAddressKey.From(ip), vlan, new MemberEndpoint(lan, member, member));

    byte[] Keepalive(IPAddress src, IPAddress dst, ushort[] tags, uint? switchVlan = null) => _agent.Build(
        [new SampleSpec(SampleKind.Flow, new FrameSpec(tags, src, dst, 6, 50000, 179, FlowPacket.TcpAck | FlowPacket.TcpPsh, 19, BgpType: 4), SwitchVlan: switchVlan)]);

    [Fact]
    public void One_address_on_two_vlans_loses_no_sample()
    {
        // the same two routers on VLAN 10 (LAN 1) and VLAN 20 (LAN 2): before, the directory kept one LAN per address
        var pipeline = new SflowPipeline(new MemberDirectory([E(A, 10, 1, 1), E(B, 10, 1, 2), E(A, 20, 2, 3), E(B, 20, 2, 4)]));
        for (var i = 0; i < 7; i++) pipeline.Process(Keepalive(A, B, [10]), DateTime.UtcNow);
        for (var i = 0; i < 5; i++) pipeline.Process(Keepalive(B, A, [20]), DateTime.UtcNow);
        for (var i = 0; i < 3; i++) pipeline.Process(Keepalive(A, B, [], switchVlan: 20), DateTime.UtcNow);
        var pairs = pipeline.Aggregator.Snapshot().ToDictionary(p => p.PeeringLanId);
        Assert.Equal((7L, 8L), (pairs[1].Samples, pairs[2].Samples));
        Assert.All(pairs.Values, p => Assert.True(p.IsEstablished));
        var d = pipeline.Detection.Snapshot();
        Assert.Equal((15L, 0L, 0L, 0L), (d.BgpSamples, d.VlanMismatchSamples, d.AmbiguousSamples, d.NonMemberBgpSamples));
    }

    [Fact]
    public void Untagged_lan_takes_no_tag_and_switch_vlan_0_but_not_a_tag()
    {
        var pipeline = new SflowPipeline(new MemberDirectory([E(A, 0, 1, 1), E(B, 0, 1, 2)]));
        pipeline.Process(Keepalive(A, B, []), DateTime.UtcNow);                  // no tag, no switch record
        pipeline.Process(Keepalive(A, B, [], switchVlan: 0), DateTime.UtcNow);   // pmacctd's sfprobe
        pipeline.Process(Keepalive(A, B, [300]), DateTime.UtcNow);               // another VLAN: not this LAN
        Assert.Equal(2, Assert.Single(pipeline.Aggregator.Snapshot()).Samples);
        Assert.Equal(1, pipeline.Detection.Snapshot().VlanMismatchSamples);
    }

    [Fact]
    public void Any_vlan_lan_takes_every_tag_and_none()
    {
        var pipeline = new SflowPipeline(new MemberDirectory([E(A, null, 1, 1), E(B, null, 1, 2)]));
        pipeline.Process(Keepalive(A, B, []), DateTime.UtcNow);
        pipeline.Process(Keepalive(A, B, [300]), DateTime.UtcNow);
        pipeline.Process(Keepalive(A, B, [7, 400]), DateTime.UtcNow);
        Assert.Equal(3, Assert.Single(pipeline.Aggregator.Snapshot()).Samples);
    }

    [Fact]
    public void An_address_two_lans_claim_on_one_vlan_is_reported_and_counted_as_ambiguous()
    {
        // two exchanges that reuse the same VLAN and address: detection cannot tell, and says so
        var dir = new MemberDirectory([E(A, 10, 1, 1), E(B, 10, 1, 2), E(A, 10, 7, 9)]);
        Assert.Single(dir.Conflicts);
        Assert.Contains("185.1.0.1 on VLAN 10", dir.Conflicts[0]);
        var pipeline = new SflowPipeline(dir);
        pipeline.Process(Keepalive(A, B, [10]), DateTime.UtcNow);
        Assert.Empty(pipeline.Aggregator.Snapshot());
        Assert.Equal(1, pipeline.Detection.Snapshot().AmbiguousSamples);
    }

    [Theory]
    [InlineData(null, VlanMode.Untagged, 0)]
    [InlineData(null, VlanMode.Any, null)]
    [InlineData(100, VlanMode.Any, 100)] // importers set only the id: tagged
    public void Detection_vlan_of_a_lan(int? id, VlanMode mode, int? expected) =>
        Assert.Equal(expected, PeeringLan.DetectionVlanOf(id, mode));
}
