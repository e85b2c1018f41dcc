using PeeringHub.Sflow.Decoding;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>Public captures from real agents (akvorado's test data): decode cleanly, agree with tshark, and show what their README says.</summary>
[Trait("Kind", "Sflow")]
public class AkvoradoCaptureTests
{
    public static TheoryData<string> Files() => new(Directory.GetFiles(SflowTestData.AkvoradoDir, "*.pcap").Select(Path.GetFileName).Order()!);

    static (List<FlowPacket> Packets, SflowCounterSnapshot Counters) Decode(string file)
    {
        var decoder = new SflowDecoder();
        var sink = new RecordingSink();
        foreach (var d in PcapWriter.ReadUdpPayloads(Path.Combine(SflowTestData.AkvoradoDir, file))) decoder.Decode(d, ref sink);
        return (sink.Packets, decoder.Counters.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Decodes_without_errors_and_agrees_with_tshark(string file)
    {
        var (packets, c) = Decode(file);
        // three of these files declare 1 sample but still carry data-1140's other four: counted as trailing bytes, nothing else
        Assert.Equal(0, c.TotalMalformed - c.DatagramsWithTrailingBytes);
        Assert.Equal(file is "data-discard-interface.pcap" or "data-local-interface.pcap" or "data-multiple-interfaces.pcap" ? 1 : 0, c.DatagramsWithTrailingBytes);
        Assert.NotEmpty(packets);
        var rows = Tshark.Fields(Path.Combine(SflowTestData.AkvoradoDir, file),
            "sflow.flow_sample.sampling_rate", "vlan.id", "tcp.srcport", "tcp.dstport", "udp.dstport", "sflow_245.header.frame_length");
        var t = rows.Select(r => r).ToList();
        string[] Flat(string f) => t.SelectMany(r => r.All(f)).ToArray();
        Assert.Equal(Flat("sflow.flow_sample.sampling_rate"), packets.Select(p => p.SamplingRate.ToString()));
        Assert.Equal(Flat("sflow_245.header.frame_length"), packets.Select(p => p.FrameLength.ToString()));
        Assert.Equal(Flat("vlan.id"), packets.SelectMany(p => p.VlanTagCount == 2 ? [p.OuterVlan, p.Vlan] : p.VlanTagCount == 1 ? new[] { p.Vlan } : []).Select(v => v.ToString()));
        var tcp = packets.Where(p => p.HasPorts && p.Protocol == 6).ToList();
        Assert.Equal(Flat("tcp.srcport"), tcp.Select(p => p.SourcePort.ToString()));
        Assert.Equal(Flat("tcp.dstport"), tcp.Select(p => p.DestinationPort.ToString()));
        // udp.dstport per frame starts with the outer 6343 that carried the datagram; VXLAN adds its own inner UDP
        var udp = packets.Where(p => p.HasPorts && p.Protocol == 17).Select(p => p.DestinationPort.ToString()).ToList();
        Assert.Equal(t.SelectMany(r => r.All("udp.dstport").Skip(1)).Take(udp.Count), udp);
    }

    [Fact]
    public void Data1140_has_five_tcp_samples_with_switch_vlan_100_or_unknown()
    {
        var (p, _) = Decode("data-1140.pcap");
        Assert.Equal(5, p.Count);
        Assert.All(p, x => Assert.Equal("172.16.0.3", x.Agent.ToString()));
        Assert.Equal(new[] { 6, 6, 6, 4, 4 }.Order(), p.Select(x => (int)x.AddressFamily).Order());
        Assert.All(p, x => Assert.Equal(6, x.Protocol));
        Assert.Equal(new[] { 100, -1, 100, 100, 100 }, p.Select(x => x.HasVlan ? x.Vlan : -1));
        Assert.Contains(p, x => x.DestinationPort == 22);
        Assert.Contains(p, x => x.SourcePort == 443);
        Assert.Contains(p, x => x.DestinationPort == 5555);
    }

    [Fact]
    public void QinQ_expanded_sample_has_outer_1062_inner_1493_tcp_443()
    {
        var x = Assert.Single(Decode("data-qinq.pcap").Packets);
        Assert.True(x.Expanded);
        Assert.Equal((ushort)1062, x.OuterVlan);
        Assert.Equal((ushort)1493, x.Vlan);
        Assert.Equal(443, x.DestinationPort);
        Assert.Equal(FlowPacket.TcpAck, x.TcpFlags);
        Assert.Equal(100u, x.SubAgentId);
    }

    [Fact]
    public void Raw_ipv4_header_protocol_11_is_icmp()
    {
        var (p, _) = Decode("data-sflow-raw-ipv4.pcap");
        Assert.Equal(2, p.Count);
        Assert.All(p, x => { Assert.Equal(11u, x.HeaderProtocol); Assert.Equal(4, x.AddressFamily); Assert.Equal(1, x.Protocol); });
    }

    [Fact]
    public void Ipv4_data_skips_the_sampled_ethernet_record_and_keeps_the_header()
    {
        var (p, c) = Decode("data-sflow-ipv4-data.pcap");
        var x = Assert.Single(p);
        Assert.True(x.Expanded);
        Assert.Equal(1, c.UnknownRecords); // 0:2 sampled Ethernet; 0:1002/1003 are absent here
        Assert.Equal(17, x.Protocol);
    }
}
