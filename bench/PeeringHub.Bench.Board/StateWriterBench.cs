using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;

/// <summary>
/// The observed-state writer alone, on the board bench's database (50 routers × 200 sessions, SQLite WAL on disk): each round
/// is one poll of every router arriving at once. Even rounds change all 10,000 states (a state history row each, as the first
/// poll after a start or a router that stops answering); odd rounds change only prefix counts (no history).
/// The time a round takes is the time the writer's gate is held, so the time every other router's news and open board waits.
/// </summary>
static class StateWriterBench
{
    public static async Task RunAsync(int rounds)
    {
        const int routers = 50, perRouter = 200;
        var dir = Directory.CreateTempSubdirectory("ph-bench-writer-").FullName;
        try
        {
            await BoardSeed.SeedAsync(dir, routers, perRouter);
            await using var provider = BoardSeed.CoreServices(dir);
            var writer = provider.GetRequiredService<ObservedStateWriter>();
            List<BgpSession> sessions;
            await using (var scope = provider.CreateAsyncScope())
                sessions = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Sessions.AsNoTracking().ToListAsync();

            BgpState[] cycle = [BgpState.Established, BgpState.Active, BgpState.Idle];
            var current = BgpState.Unknown;
            Console.WriteLine($"observed-state writer: {sessions.Count} sessions on {routers} routers, {rounds} rounds of one poll per router at once");
            for (var round = 0; round < rounds; round++)
            {
                var next = round % 2 == 0 ? cycle[round / 2 % cycle.Length] : current;
                var at = DateTime.UtcNow;
                var writes = sessions.GroupBy(s => s.RouterId).Select(g => new ObservedStateWrite(g.Key,
                    g.Select(s => new SessionStateChanged(s.Id, s.RouterId, s.PeerIp, current, next, at, 10 + round, 9, null, at)).ToList(), [], true, null, at)).ToList();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(writes.Select(w => writer.WriteAsync(w)));
                Console.WriteLine($"  round {round}: {current} → {next}, {sessions.Count} changes{(current != next ? " + history rows" : "")}: " +
                    $"{clock.ElapsedMilliseconds} ms, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms");
                current = next;
            }
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
                var expected = (rounds + 1) / 2 * sessions.Count;
                var history = await db.SessionStateChanges.CountAsync();
                if (history != expected) throw new InvalidOperationException($"expected {expected} state history rows, found {history}");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
