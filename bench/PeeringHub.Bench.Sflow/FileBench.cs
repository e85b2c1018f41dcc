using System.Diagnostics;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;
using PeeringHub.Tests.Sflow;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Bench.Sflow;

/// <summary>
/// A user's capture file end to end: read (streamed, no per-packet allocation) + decode + detect, several runs; then the
/// old way (whole file into a list of byte arrays, then decode) on the same file for comparison. With the generator's truth
/// file the member directory is real, so detection does its full work; without, every address is a non-member.
/// </summary>
internal static class FileBench
{
    public static int Run(string capture, string? truthPath, int port, int runs)
    {
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}  cores: {Environment.ProcessorCount}; file {capture} ({new FileInfo(capture).Length / 1e6:F1} MB)");
        var directory = truthPath is null ? MemberDirectory.Empty : SflowTestData.Directory(Truth.Load(truthPath));
        var me = Process.GetCurrentProcess();
        var cpuRates = new List<double>();
        var wallRates = new List<double>();
        SflowPipeline? last = null;
        CaptureFileStats? stats = null;
        for (var run = 0; run < runs + 1; run++)
        {
            var pipeline = new SflowPipeline(directory);
            me.Refresh();
            var c0 = me.TotalProcessorTime;
            var t0 = Stopwatch.GetTimestamp();
            stats = new CaptureFileReader(capture, port).Read((d, at, in sender) => pipeline.Process(d, at, sender));
            var wall = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            me.Refresh();
            var cpu = (me.TotalProcessorTime - c0).TotalSeconds;
            var samples = pipeline.Decoder.Counters.Snapshot().TotalFlowSamples;
            if (run > 0) { cpuRates.Add(samples / cpu); wallRates.Add(samples / wall); } // run 0 warms the JIT and the page cache
            last = pipeline;
        }
        cpuRates.Sort();
        wallRates.Sort();
        var c = last!.Decoder.Counters.Snapshot();
        Console.WriteLine($"{stats!.Format}: {stats.Packets:N0} packets, {stats.Datagrams:N0} datagrams ({stats.Bytes / 1e6:F1} MB), not UDP {stats.NotUdp}, fragments {stats.Fragments}, other port {stats.OtherPort}, truncated {stats.Truncated}; " +
                          $"{c.TotalFlowSamples:N0} flow samples, malformed {c.TotalMalformed}");
        Console.WriteLine($"read+decode+detect end to end, per CPU-second: median {cpuRates[cpuRates.Count / 2] / 1e6:F1} M flow samples/s, best {cpuRates[^1] / 1e6:F1} M; " +
                          $"wall: median {wallRates[wallRates.Count / 2] / 1e6:F1} M/s, best {wallRates[^1] / 1e6:F1} M/s ({runs} runs)");
        Summarise(last);

        // the previous bench's way: ReadAllBytes + one byte[] per datagram, then decode (it reads classic pcap only)
        if (stats.Format != "pcap") return 0;
        me.Refresh();
        var o0 = me.TotalProcessorTime;
        var w0 = Stopwatch.GetTimestamp();
        var list = PcapWriter.ReadUdpPayloads(capture);
        var readWall = Stopwatch.GetElapsedTime(w0).TotalSeconds;
        me.Refresh();
        var readCpu = (me.TotalProcessorTime - o0).TotalSeconds;
        var old = new SflowPipeline(directory);
        var now = DateTime.UtcNow;
        foreach (var d in list) old.Process(d, now);
        var totalWall = Stopwatch.GetElapsedTime(w0).TotalSeconds;
        me.Refresh();
        var totalCpu = (me.TotalProcessorTime - o0).TotalSeconds;
        var n = old.Decoder.Counters.Snapshot().TotalFlowSamples;
        Console.WriteLine($"old way (ReadAllBytes + List<byte[]>, then decode+detect): read {readWall:F2} s wall / {readCpu:F2} s CPU of {totalWall:F2} s / {totalCpu:F2} s -> {n / totalCpu / 1e6:F1} M flow samples per CPU-second");
        return 0;
    }

    static void Summarise(SflowPipeline p)
    {
        var d = p.Detection.Snapshot();
        var states = p.Aggregator.Snapshot().GroupBy(x => x.State).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"pairs: {string.Join(", ", states)}; samples: session messages {d.SessionMessageSamples:N0}, evidence {d.EvidenceSamples:N0}, control {d.ControlSamples:N0}, " +
                          $"inconclusive {d.InconclusiveSamples:N0}, non-member {d.NonMemberBgpSamples:N0}, VLAN mismatch {d.VlanMismatchSamples:N0}");
        foreach (var a in p.Agents.Snapshot())
            Console.WriteLine($"agent {a.Sender} ({a.AgentAddress}): {a.Datagrams:N0} datagrams, {a.Samples:N0} samples, 1:{a.SamplingRate}, cut headers {string.Join(" ", a.HeaderLengths.Select(kv => $"{kv.Key}B×{kv.Value}"))}{(a.HeaderHint is null ? "" : " — " + a.HeaderHint)}");
    }
}
