using System.Diagnostics;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;
using PeeringHub.Tests.Sflow;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Bench.Sflow;

/// <summary>Where detection's cost goes: decode alone, + the rule without agent statistics and pending ring, + both (the collector's pipeline).</summary>
internal static class PartsBench
{
    public static int Run(int samples)
    {
        var cap = new TrafficGenerator(new GeneratorOptions { Seed = 2026, FlowSamples = samples, MembersPerLan = 120, PairsPerCategory = 25 }).Generate();
        var dir = SflowTestData.Directory(cap.Truth);
        var now = DateTime.UtcNow;
        var me = Process.GetCurrentProcess();
        double Measure(Action pass)
        {
            var rates = new List<double>();
            for (var run = 0; run < 7; run++)
            {
                me.Refresh();
                var c0 = me.TotalProcessorTime;
                pass();
                me.Refresh();
                if (run >= 2) rates.Add(cap.FlowSamples.Count / (me.TotalProcessorTime - c0).TotalSeconds);
            }
            rates.Sort();
            return rates[rates.Count / 2] / 1e6;
        }
        var decoder = new SflowDecoder();
        var nullSink = new NullSink();
        var agg1 = new SessionAggregator();
        var counters1 = new DetectionCounters();
        var pipeline = new SflowPipeline(dir);
        for (var round = 0; round < 2; round++)
        {
            var decodeOnly = Measure(() => { foreach (var d in cap.Datagrams) decoder.Decode(d, ref nullSink); });
            var ruleOnly = Measure(() =>
            {
                foreach (var d in cap.Datagrams)
                {
                    var sink = new BgpDetectionSink(dir, agg1, counters1) { Now = now };
                    decoder.Decode(d, ref sink);
                }
            });
            var full = Measure(() => { foreach (var d in cap.Datagrams) pipeline.Process(d, now); });
            Console.WriteLine($"median per CPU-second: decode only {decodeOnly:F1} M, + rule {ruleOnly:F1} M, full pipeline (+ agents, pending) {full:F1} M flow samples/s");
        }
        return 0;
    }

    /// <summary>
    /// The collector's pipeline (or, with <paramref name="decodeOnly"/>, the decoder into a no-op sink) over the capture, again and
    /// again for <paramref name="seconds"/> or <paramref name="passes"/>: a steady loop to profile, e.g.
    /// <c>DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -e cpu-clock bench loop</c>, or to count instructions
    /// per sample under <c>valgrind --tool=cachegrind</c> (the difference between two pass counts; immune to other load).
    /// </summary>
    public static int Loop(int samples, int seconds, int passes, bool decodeOnly)
    {
        var cap = new TrafficGenerator(new GeneratorOptions { Seed = 2026, FlowSamples = samples, MembersPerLan = 120, PairsPerCategory = 25 }).Generate();
        var pipeline = new SflowPipeline(SflowTestData.Directory(cap.Truth));
        var decoder = new SflowDecoder();
        var sink = new NullSink();
        var now = DateTime.UtcNow;
        var sw = Stopwatch.StartNew();
        var done = 0;
        while (passes > 0 ? done < passes : sw.Elapsed.TotalSeconds < seconds)
        {
            if (decodeOnly) foreach (var d in cap.Datagrams) decoder.Decode(d, ref sink);
            else foreach (var d in cap.Datagrams) pipeline.Process(d, now);
            done++;
        }
        Console.WriteLine($"{done} passes, {done * (double)cap.FlowSamples.Count / sw.Elapsed.TotalSeconds / 1e6:F1} M flow samples/s wall");
        return 0;
    }
}
