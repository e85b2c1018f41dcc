using System.Net;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>An independent decoder (tshark 4.0) must agree with ours, field by field, on generated samples of every shape.</summary>
[Trait("Kind", "Sflow")]
public class TsharkAgreementTests
{
    [Fact]
    public void Tshark_agrees_with_our_decoder_field_by_field()
    {
        var cap = new TrafficGenerator(new GeneratorOptions { Seed = 7, FlowSamples = 600, MembersPerLan = 12, PairsPerCategory = 3, OneSamplePerDatagram = true }).Generate();
        var pcap = Path.Combine(Path.GetTempPath(), $"sf-tshark-{Guid.NewGuid():N}.pcap");
        try
        {
            PcapWriter.Write(pcap, cap.Datagrams);
            var rows = Tshark.Fields(pcap, "sflow_245.agent", "sflow_245.agent.v6", "sflow.flow_sample.sampling_rate", "sflow_245.header.frame_length",
                "sflow_245.vlan.in", "ieee8021ad.id", "vlan.id", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.srcport", "tcp.dstport", "tcp.flags", "udp.srcport", "udp.dstport");
            Assert.Equal(cap.Datagrams.Count, rows.Count);
            var compared = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var sink = new RecordingSink();
                new SflowDecoder().Decode(cap.Datagrams[i], ref sink);
                var p = Assert.Single(sink.Packets);
                compared += Compare(rows[i], p, i);
            }
            Assert.True(compared > 600 * 6, $"only {compared} field comparisons");
        }
        finally { if (Environment.GetEnvironmentVariable("SF_KEEP") is null) File.Delete(pcap); else Console.WriteLine(pcap); }
    }

    static int Compare(Dictionary<string, string> t, FlowPacket p, int frame)
    {
        var at = $"frame {frame + 1}";
        var n = 0;
        var agent = t["sflow_245.agent"].Length > 0 ? t["sflow_245.agent"] : t["sflow_245.agent.v6"];
        Assert.Equal(IPAddress.Parse(agent), p.Agent.ToIPAddress()); n++;
        Assert.Equal(t["sflow.flow_sample.sampling_rate"], p.SamplingRate.ToString()); n++;
        Assert.Equal(t["sflow_245.header.frame_length"], p.FrameLength.ToString()); n++;
        // tshark names an 0x88a8 outer tag ieee8021ad, an 0x8100 tag vlan
        var tags = t.All("ieee8021ad.id").Concat(t.All("vlan.id")).ToArray();
        Assert.True(tags.Length == p.VlanTagCount, at + " tag count"); n++;
        var switchVlan = t.All("sflow_245.vlan.in");
        var expectVlan = tags.Length > 0 ? tags[^1] : switchVlan.Length > 0 && int.TryParse(switchVlan[0], out var sv) && sv is >= 1 and <= 4094 ? switchVlan[0] : "";
        Assert.True(expectVlan == (p.HasVlan ? p.Vlan.ToString() : ""), at + " vlan"); n++;
        if (tags.Length == 2) { Assert.Equal(tags[0], p.OuterVlan.ToString()); n++; }
        // the outer IPv4/UDP that carried the datagram comes first; the sampled packet's fields follow
        var src = p.AddressFamily == 4 ? t.All("ip.src")[^1] : t.All("ipv6.src")[^1];
        var dst = p.AddressFamily == 4 ? t.All("ip.dst")[^1] : t.All("ipv6.dst")[^1];
        Assert.Equal(IPAddress.Parse(src), p.Source.ToIPAddress());
        Assert.Equal(IPAddress.Parse(dst), p.Destination.ToIPAddress()); n += 2;
        if (p.HasPorts)
        {
            var sp = p.Protocol == 6 ? t.All("tcp.srcport") : t.All("udp.srcport")[1..];
            var dp = p.Protocol == 6 ? t.All("tcp.dstport") : t.All("udp.dstport")[1..];
            Assert.True(sp.Length == 1 && sp[0] == p.SourcePort.ToString(), at + " source port");
            Assert.True(dp.Length == 1 && dp[0] == p.DestinationPort.ToString(), at + " destination port");
            n += 2;
        }
        else Assert.True(t.All("tcp.srcport").Length == 0 || !p.IsFirstFragment || !p.HasProtocol, at + " tshark found ports we did not");
        if (p.HasTcpFlags) { Assert.Equal(Convert.ToInt32(t["tcp.flags"], 16) & 0xff, p.TcpFlags); n++; }
        return n;
    }
}
