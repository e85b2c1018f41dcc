using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Sflow.Collector;
using PeeringHub.Tests.Sflow;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Bench.Sflow;

/// <summary>
/// The real collector service (SQLite, member directory, detection) receiving on loopback from a sender process at a fixed
/// rate. Reports loss (sent − decoded), the kernel's RcvbufErrors delta and the collector process's CPU per datagram.
/// </summary>
internal static class UdpBench
{
    public static async Task<int> RunAsync(int rate, int seconds)
    {
        var dir = Directory.CreateTempSubdirectory("sf-udpbench-").FullName;
        var cap = new TrafficGenerator(new GeneratorOptions { Seed = 77, FlowSamples = 300_000, MembersPerLan = 60, PairsPerCategory = 10 }).Generate();
        var pcap = Path.Combine(dir, "udp.pcap");
        PcapWriter.Write(pcap, cap.Datagrams);
        var perDatagram = cap.FlowSamples.Count / (double)cap.Datagrams.Count;
        await using var host = new SflowHost(Path.Combine(dir, "udp.db"), SflowHost.Settings());
        await host.SeedAsync(cap.Truth);
        var collector = host.Services.GetRequiredService<SflowCollectorService>();
        await collector.StartAsync(CancellationToken.None);
        await collector.Started.Task;
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}  cores: {Environment.ProcessorCount}; {perDatagram:F2} flow samples/datagram");

        var me = Process.GetCurrentProcess();
        var cpu0 = me.TotalProcessorTime;
        var got0 = collector.GetStatus().Decoder.Datagrams;
        var k0 = KernelUdpCounters.ReadIpv4RcvbufErrors() ?? 0;
        var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (var a in new[] { "send", collector.BoundPort.ToString(), rate.ToString(), seconds.ToString(), pcap }) psi.ArgumentList.Add(a);
        using var sender = Process.Start(psi)!;
        var output = await sender.StandardOutput.ReadToEndAsync();
        await sender.WaitForExitAsync();
        var parts = output.Split('\n').First(l => l.StartsWith("SENT ")).Split(' ');
        long sent = long.Parse(parts[1]), sendErrors = long.Parse(parts[2]);
        var sendSeconds = double.Parse(parts[3], CultureInfo.InvariantCulture);
        await Task.Delay(1000); // drain what is still queued in the socket buffer
        me.Refresh();
        var cpu = (me.TotalProcessorTime - cpu0).TotalSeconds;
        var status = collector.GetStatus();
        var got = status.Decoder.Datagrams - got0;
        var kernelDrops = (KernelUdpCounters.ReadIpv4RcvbufErrors() ?? 0) - k0;
        await collector.StopAsync(CancellationToken.None);
        var loss = sent == 0 ? 0 : 100.0 * (sent - got) / sent;
        Console.WriteLine($"udp loopback: offered {rate:N0}/s for {seconds} s (sender achieved {sent / sendSeconds:N0}/s, {sendErrors} send errors); " +
                          $"received {got:N0} of {sent:N0} -> loss {loss:F3} %; kernel RcvbufErrors +{kernelDrops:N0}");
        Console.WriteLine($"collector process CPU {cpu:F1} s = {cpu / Math.Max(1, got) * 1e6:F2} us per datagram ({cpu / Math.Max(1, got * perDatagram) * 1e9:F0} ns per sample); " +
                          $"flow samples decoded {status.Decoder.TotalFlowSamples:N0}, evidence {status.Detection.EvidenceSamples:N0}, pairs {status.PairsInMemory}");
        Directory.Delete(dir, true);
        return 0;
    }
}
