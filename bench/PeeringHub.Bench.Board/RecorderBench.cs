using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers.Synthetic;

/// <summary>
/// One router's poll through the state recorder (load its 200 sessions, diff against what the router reported, write and
/// publish what changed), as every router goes through it every poll interval: bytes allocated and time per poll, for a poll
/// that changes nothing (the usual one) and one that flips one session. Allocation is what a busy server pays for in
/// garbage collections while it also renders open boards.
/// </summary>
static class RecorderBench
{
    public static async Task RunAsync(int polls)
    {
        const int perRouter = 200;
        var dir = Directory.CreateTempSubdirectory("ph-bench-recorder-").FullName;
        try
        {
            await BoardSeed.SeedAsync(dir, 1, perRouter);
            await using var provider = BoardSeed.CoreServices(dir);
            var since = DateTime.UtcNow.AddHours(-1);
            var observed = Enumerable.Range(0, perRouter).Select(i => new ObservedSession(SyntheticDriver.PeerIp(1, i), 65000 + i % 1000,
                BgpState.Established, since, 100 + i, 90 + i, null, false, $"syn_{i}", null)).ToList();
            await RecordAsync(provider, observed); // every session leaves Unknown: the first poll after a start
            Console.WriteLine($"state recorder: one router with {perRouter} sessions, {polls} polls each");
            foreach (var (name, flip) in new[] { ("nothing changed", false), ("one session flips", true) })
            {
                for (var i = 0; i < 50; i++) await PollAsync(provider, observed, flip, i); // warm-up (JIT, pools)
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < polls; i++) await PollAsync(provider, observed, flip, i);
                clock.Stop();
                bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;
                Console.WriteLine($"  {name}: {bytes / polls / 1024.0:0.0} KiB allocated and {clock.Elapsed.TotalMicroseconds / polls:0} µs per poll");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    static Task PollAsync(IServiceProvider provider, List<ObservedSession> observed, bool flip, int i)
    {
        if (flip) observed[0] = observed[0] with { State = i % 2 == 0 ? BgpState.Idle : BgpState.Established };
        return RecordAsync(provider, observed);
    }

    static async Task RecordAsync(IServiceProvider provider, IReadOnlyList<ObservedSession> observed)
    {
        // A scope per poll, as the polling service makes one.
        await using var scope = provider.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordAsync(1, observed);
        if (outcome.Matched != observed.Count) throw new InvalidOperationException($"matched {outcome.Matched} of {observed.Count} sessions");
    }
}
