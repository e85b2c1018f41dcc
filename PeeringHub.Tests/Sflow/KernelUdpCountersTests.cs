using PeeringHub.Sflow.Collector;

namespace PeeringHub.Tests.Sflow;

[Trait("Kind", "Sflow")]
public class KernelUdpCountersTests
{
    [Fact]
    public void Parses_rcvbuf_errors_from_snmp_files()
    {
        var dir = Directory.CreateTempSubdirectory("sf-snmp-");
        try
        {
            var snmp = Path.Combine(dir.FullName, "snmp");
            File.WriteAllText(snmp, "Ip: Forwarding DefaultTTL\nIp: 1 64\nUdp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors\nUdp: 10 2 7 5 7 0\n");
            var snmp6 = Path.Combine(dir.FullName, "snmp6");
            File.WriteAllText(snmp6, "Udp6InDatagrams                 \t12\nUdp6RcvbufErrors                \t3\n");
            Assert.Equal(7, KernelUdpCounters.ReadIpv4RcvbufErrors(snmp));
            Assert.Equal(3, KernelUdpCounters.ReadIpv6RcvbufErrors(snmp6));
            Assert.Null(KernelUdpCounters.ReadIpv4RcvbufErrors(Path.Combine(dir.FullName, "missing")));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Reads_this_kernels_counters()
    {
        Assert.NotNull(KernelUdpCounters.ReadIpv4RcvbufErrors());
        if (File.Exists("/proc/net/snmp6")) Assert.NotNull(KernelUdpCounters.ReadIpv6RcvbufErrors());
    }
}
