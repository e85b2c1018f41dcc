using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Settings;
using PeeringHub.Routers.Polling;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Sessions;

/// <summary>
/// The poller's schedule: every enabled router each interval, a bounded number at once, a router never twice at once; and a
/// state-change hint that arrives while the router is being polled is not dropped (that poll may have read the router
/// before the change), so another poll follows it.
/// </summary>
public class SessionPollingServiceTests
{
    /// <summary>Each poll waits until the test lets it finish, and reports its start.</summary>
    sealed class GatedPoller : IRouterPoller
    {
        public Channel<int> Started { get; } = Channel.CreateUnbounded<int>();
        public SemaphoreSlim Finish { get; } = new(0);

        public async Task<PollOutcome> PollAsync(int routerId, CancellationToken ct = default)
        {
            await Started.Writer.WriteAsync(routerId, ct);
            await Finish.WaitAsync(ct);
            return new PollOutcome(routerId, DateTime.UtcNow, true, null, 0, 0, []);
        }
    }

    static (SessionPollingService Service, GatedPoller Poller) Create()
    {
        var poller = new GatedPoller();
        var provider = new ServiceCollection().AddScoped<IRouterPoller>(_ => poller).BuildServiceProvider();
        var service = new SessionPollingService(provider.GetRequiredService<IServiceScopeFactory>(), Options.Create(new PeeringHubOptions()),
            NullLogger<SessionPollingService>.Instance);
        return (service, poller);
    }

    static async Task<int> NextStart(GatedPoller poller) => await poller.Started.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Counts polls per router and how many run at once; each takes a while, like a router over SSH.</summary>
    sealed class SlowPoller : IRouterPoller
    {
        readonly object sync = new();
        readonly HashSet<int> running = [];
        public Dictionary<int, int> Polls { get; } = [];
        public int MostAtOnce { get; private set; }
        public List<int> Overlapping { get; } = [];

        public async Task<PollOutcome> PollAsync(int routerId, CancellationToken ct = default)
        {
            lock (sync)
            {
                if (!running.Add(routerId)) Overlapping.Add(routerId);
                MostAtOnce = Math.Max(MostAtOnce, running.Count);
                Polls[routerId] = Polls.GetValueOrDefault(routerId) + 1;
            }
            await Task.Delay(300, CancellationToken.None);
            lock (sync) running.Remove(routerId);
            return new PollOutcome(routerId, DateTime.UtcNow, true, null, 0, 0, []);
        }

        public int PollsOf(int routerId) { lock (sync) return Polls.GetValueOrDefault(routerId); }
    }

    [Fact]
    public async Task Every_enabled_router_is_polled_each_interval_a_bounded_number_at_once_never_twice_at_once()
    {
        var poller = new SlowPoller();
        await using var database = new TestDatabase(configure: s => s.AddScoped<IRouterPoller>(_ => poller));
        List<int> enabled;
        int disabled;
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            var routers = Enumerable.Range(0, 21).Select(i => new Router
            {
                Name = $"r{i}", Transport = RouterTransport.Local, Address = $"/nonexistent/r{i}.ctl", LocalAsn = 64500, Enabled = i < 20,
            }).ToList();
            db.Routers.AddRange(routers);
            await db.SaveChangesAsync();
            enabled = routers.Where(r => r.Enabled).Select(r => r.Id).ToList();
            disabled = routers.Single(r => !r.Enabled).Id;
        }
        // A short interval: ticks come faster than a round of 20 slow routers, so the skip-if-running rule is exercised.
        var service = new SessionPollingService(database.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new PeeringHubOptions { PollInterval = TimeSpan.FromMilliseconds(100) }), NullLogger<SessionPollingService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (enabled.Any(id => poller.PollsOf(id) < 3) && DateTime.UtcNow < deadline) await Task.Delay(100);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
        Assert.All(enabled, id => Assert.True(poller.PollsOf(id) >= 3, $"router {id} was polled {poller.PollsOf(id)} times in 30 s"));
        Assert.Equal(0, poller.PollsOf(disabled));
        Assert.InRange(poller.MostAtOnce, 2, 8);
        Assert.Empty(poller.Overlapping);
    }

    [Fact]
    public async Task AHintDuringAPoll_PollsAgainRightAfterIt_Once()
    {
        var (service, poller) = Create();
        service.PollSoon(7);
        Assert.Equal(7, await NextStart(poller));

        // Three hints while that poll runs: one more poll covers all of them.
        service.PollSoon(7);
        service.PollSoon(7);
        service.PollSoon(7);
        Assert.False(poller.Started.Reader.TryRead(out _), "a second poll of the same router ran at the same time");

        poller.Finish.Release();
        Assert.Equal(7, await NextStart(poller));
        poller.Finish.Release();
        await Task.Delay(300);
        Assert.False(poller.Started.Reader.TryRead(out var extra), $"router {extra} was polled a third time for hints the second poll covered");
    }

    [Fact]
    public async Task HintsForDifferentRouters_PollEachAtOnce()
    {
        var (service, poller) = Create();
        service.PollSoon(1);
        service.PollSoon(2);
        var started = new[] { await NextStart(poller), await NextStart(poller) };
        Assert.Equal([1, 2], started.Order());
        poller.Finish.Release(2);
    }
}
