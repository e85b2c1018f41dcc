using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeeringHub.Core;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Settings;
using PeeringHub.Routers;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Polling;
using PeeringHub.Routers.Synthetic;

/// <summary>
/// N routers polled by the app's own poller (SessionPollingService → RouterPoller → recorder on SQLite) every 2 s, over
/// SSH.NET or on generated routers. Over SSH every router entity is its own connection and live CLI channel to the lab's
/// one BIRD/FRR (same sessions): this process's CPU is what the app spends on polling; the gap between two polls of one
/// router shows lateness (with 200 entities the lab's single router process is the bottleneck, not the app).
/// </summary>
static class FleetBench
{
    public static async Task RunAsync(IReadOnlyDictionary<string, string> env, string platform, IReadOnlyList<RouterSession> sessions, int routers, int seconds)
    {
        var key = File.ReadAllText(env["SSH_KEY"]);
        await RunAsync(platform, sessions.Count, routers, seconds, [], (r, protector) => new Router
        {
            Name = $"fleet-{r:000}", Platform = platform, Transport = RouterTransport.Ssh, Address = "127.0.0.1", SshPort = int.Parse(env["SSH_PORT"]),
            SshUser = env["LAB_USER"], SshPrivateKeyProtected = protector.Protect(key), HostKey = File.ReadAllText(env["SSH_HOST_PUB"]).Trim(), LocalAsn = 64500, Enabled = true,
        }, router => sessions.Select(s => new BgpSession
        {
            RouterId = router.Id, Type = SessionType.Private, PeerAsn = s.NeighborAsn, PeerIp = s.NeighborIp.ToString(),
            AddressFamily = s.NeighborIp.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 6 : 4, RouterSessionName = s.Name,
        }));
    }

    /// <summary>
    /// The same poller on generated routers (<see cref="SyntheticDriver"/>, 1,000 flips a minute over the fleet): no SSH and
    /// no router process competes for this machine's two cores, so the CPU is the app's polling, diffing and recording alone.
    /// </summary>
    public static Task RunSyntheticAsync(int sessionsPerRouter, int routers, int seconds) =>
        RunAsync(SyntheticDriver.Key, sessionsPerRouter, routers, seconds,
            new() { ["Routers:Synthetic:Enabled"] = "true", ["Routers:Synthetic:Routers"] = routers.ToString(), ["Routers:Synthetic:ChangesPerMinute"] = "1000" },
            (r, _) => new Router { Name = $"fleet-{r:000}", Platform = SyntheticDriver.Key, Address = sessionsPerRouter.ToString(), LocalAsn = 64500, Enabled = true },
            router => Enumerable.Range(0, sessionsPerRouter).Select(i => new BgpSession
            {
                RouterId = router.Id, Type = SessionType.Private, PeerAsn = 65000 + i % 1000, PeerIp = SyntheticDriver.PeerIp(router.Id, i), AddressFamily = 4, RouterSessionName = $"syn_{i}",
            }));

    static async Task RunAsync(string platform, int sessionCount, int routers, int seconds, Dictionary<string, string?> config,
        Func<int, ISecretProtector, Router> router, Func<Router, IEnumerable<BgpSession>> sessionsOf)
    {
        var dataDir = Directory.CreateTempSubdirectory("phb-fleet-").FullName;
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddPeeringHubCore($"Data Source={Path.Combine(dataDir, "peeringhub.db")}");
        services.AddRouterDrivers(o => o.ReadRetries = 0).AddSessionPolling(background: false);
        await using var sp = services.BuildServiceProvider();
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            await db.Database.MigrateAsync();
            db.AuditEnabled = false;
            var protector = scope.ServiceProvider.GetRequiredService<ISecretProtector>();
            for (var r = 1; r <= routers; r++) db.Routers.Add(router(r, protector));
            await db.SaveChangesAsync();
            foreach (var entity in await db.Routers.ToListAsync()) db.Sessions.AddRange(sessionsOf(entity));
            await db.SaveChangesAsync();
        }

        var polls = new ConcurrentDictionary<int, List<DateTime>>();
        sp.GetRequiredService<RouterPollFeed>().Polled += p => { var l = polls.GetOrAdd(p.RouterId, _ => []); lock (l) l.Add(DateTime.UtcNow); };
        var interval = TimeSpan.FromSeconds(2);
        var poller = new SessionPollingService(sp.GetRequiredService<IServiceScopeFactory>(), Options.Create(new PeeringHubOptions { PollInterval = interval }),
            NullLogger<SessionPollingService>.Instance);
        await poller.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(15)); // connections, live channels, first full diffs
            var self = Process.GetCurrentProcess();
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var t0 = DateTime.UtcNow;
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            self.Refresh();
            var cores = (self.TotalProcessorTime - cpu0).TotalSeconds / (DateTime.UtcNow - t0).TotalSeconds;
            var gaps = polls.Values.SelectMany(l => { lock (l) return l.Where(t => t >= t0).Order().Zip(l.Where(t => t >= t0).Order().Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList(); }).Order().ToList();
            var unpolled = routers - polls.Count(p => { lock (p.Value) return p.Value.Any(t => t >= t0); });
            var pollsDone = polls.Values.Sum(l => { lock (l) return l.Count(t => t >= t0); });
            Console.WriteLine($"fleet of {routers} {platform} routers × {sessionCount} sessions, poll every {interval.TotalSeconds:0} s, {seconds} s measured: " +
                              $"{pollsDone} polls ({pollsDone / (double)seconds:0.0}/s), CPU {cores:0.00} cores (this process)");
            if (gaps.Count > 0)
                Console.WriteLine($"gap between two polls of one router: median {gaps[gaps.Count / 2]:0} ms, p95 {gaps[(int)(gaps.Count * 0.95)]:0} ms, max {gaps[^1]:0} ms " +
                                  $"(late by more than one interval: {gaps.Count(g => g > 2 * interval.TotalMilliseconds)} of {gaps.Count}); routers never polled: {unpolled}");
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
            SqliteCleanup();
            Directory.Delete(dataDir, true);
        }
    }

    static void SqliteCleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
