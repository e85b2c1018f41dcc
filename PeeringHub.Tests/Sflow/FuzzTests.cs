using System.Buffers.Binary;
using System.Diagnostics;
using PeeringHub.Sflow.Collector;
using PeeringHub.Tests.Sflow.Generator;
using Xunit.Abstractions;

namespace PeeringHub.Tests.Sflow;

/// <summary>
/// ≥ 1 M random and mutated datagrams (corpus: generated datagrams and the akvorado captures) through decode + detect:
/// no exception escapes, allocation stays flat, and the counters add up.
/// </summary>
[Trait("Kind", "Sflow")]
[Collection(SflowSerialCollection.Name)]
public class FuzzTests(ITestOutputHelper output)
{
    const int Iterations = 1_000_000;

    [Fact]
    public void Million_mutated_datagrams_never_throw_and_counters_add_up()
    {
        var cap = new TrafficGenerator(new GeneratorOptions { Seed = 99, FlowSamples = 8_000, MembersPerLan = 12, PairsPerCategory = 2 }).Generate();
        var corpus = cap.Datagrams.Concat(Directory.GetFiles(SflowTestData.AkvoradoDir, "*.pcap").SelectMany(PcapWriter.ReadUdpPayloads)).ToArray();
        var pipeline = new SflowPipeline(SflowTestData.Directory(cap.Truth));
        var rng = new Random(12345);
        var buf = new byte[65536];
        var now = DateTime.UtcNow;
        long accepted = 0;
        foreach (var d in corpus) pipeline.Process(d, now); // warm up: pairs of the corpus exist before measuring
        var heapBefore = GC.GetTotalMemory(true);
        var allocBefore = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < Iterations; i++)
        {
            var len = Mutate(rng, corpus, buf);
            if (pipeline.Process(buf.AsSpan(0, len), now)) accepted++;
        }
        sw.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocBefore;
        var heapGrowth = GC.GetTotalMemory(true) - heapBefore;
        var c = pipeline.Decoder.Counters.Snapshot();
        output.WriteLine($"{Iterations} datagrams in {sw.ElapsedMilliseconds} ms; accepted {accepted}; allocated {allocated} B; heap growth {heapGrowth} B");
        output.WriteLine(string.Join(", ", c.MalformedByReason.Select(kv => $"{kv.Key}={kv.Value}")));
        Assert.Equal(Iterations + corpus.Length, c.Datagrams);
        Assert.Equal(c.Datagrams, c.DatagramsAccepted + c.DatagramsRejected);
        Assert.Equal(c.SampleEntries, c.FlowSamples + c.ExpandedFlowSamples + c.CounterSamples + c.DiscardSamples + c.UnknownSamples + c.MalformedSamples);
        Assert.Equal(c.TotalMalformed, c.DatagramsRejected + c.DatagramsTruncated + c.MalformedSamples + c.DatagramsWithTrailingBytes);
        // the mutations reach every error path, and plenty still decodes
        foreach (var reason in Enum.GetValues<PeeringHub.Sflow.Decoding.SflowError>().Skip(1))
            Assert.True(c.MalformedByReason.GetValueOrDefault(reason) > 0, $"never hit {reason}");
        Assert.True(accepted > Iterations / 4 && c.TotalFlowSamples > Iterations);
        // memory flat: new pairs from corrupted member addresses are the only allocations allowed
        Assert.True(allocated < 8 * 1024 * 1024, $"allocated {allocated} bytes");
        Assert.True(heapGrowth < 16 * 1024 * 1024, $"heap grew {heapGrowth} bytes"); // process-wide, hence the serial collection
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"took {sw.Elapsed}");
    }

    static int Mutate(Random rng, byte[][] corpus, byte[] buf)
    {
        var src = corpus[rng.Next(corpus.Length)];
        src.CopyTo(buf, 0);
        var len = src.Length;
        switch (rng.Next(7))
        {
            case 0: // flip a few bytes
                for (var k = rng.Next(1, 5); k > 0; k--) buf[rng.Next(len)] ^= (byte)rng.Next(1, 256);
                break;
            case 1: // truncate anywhere
                len = rng.Next(len + 1);
                break;
            case 2: // corrupt an aligned word: lengths, counts, formats become huge or small
                var at = rng.Next(len / 4) * 4;
                BinaryPrimitives.WriteUInt32BigEndian(buf.AsSpan(at), rng.Next(3) switch { 0 => uint.MaxValue - (uint)rng.Next(16), 1 => (uint)rng.Next(64), _ => (uint)rng.Next() });
                break;
            case 3: // pure noise, sometimes behind a valid v5 header
                len = rng.Next(0, 1500);
                rng.NextBytes(buf.AsSpan(0, len));
                if (len >= 8 && rng.Next(2) == 0) { BinaryPrimitives.WriteUInt32BigEndian(buf, 5); BinaryPrimitives.WriteUInt32BigEndian(buf.AsSpan(4), (uint)rng.Next(0, 3)); }
                break;
            case 4: // splice two datagrams
                var other = corpus[rng.Next(corpus.Length)];
                var cut = rng.Next(len + 1);
                var take = Math.Min(other.Length - Math.Min(cut, other.Length), buf.Length - cut);
                other.AsSpan(Math.Min(cut, other.Length), take).CopyTo(buf.AsSpan(cut));
                len = cut + take;
                break;
            case 5: // append garbage
                var extra = Math.Min(rng.Next(1, 64), buf.Length - len);
                rng.NextBytes(buf.AsSpan(len, extra));
                len += extra;
                break;
        }
        return len;
    }
}
