using Microsoft.EntityFrameworkCore;
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
/// Not polled means not known: switching a router's polling off turns its sessions' last state into "not polled" (Unknown,
/// with the moment) and the router into "polling off" within one poll interval, and switching it on again polls it.
/// </summary>
[Trait("Kind", "Unit")]
public class NotPolledTests
{
    sealed class CountingPoller : IRouterPoller
    {
        public int Polls;
        public Task<PollOutcome> PollAsync(int routerId, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Polls);
            return Task.FromResult(new PollOutcome(routerId, DateTime.UtcNow, true, null, 0, 0, []));
        }
    }

    [Fact]
    public async Task ADisabledRoutersSessions_ShowNotPolled_WithinOneInterval_AndTheRouterPollingOff()
    {
        var poller = new CountingPoller();
        await using var database = new TestDatabase(configure: s => s.AddScoped<IRouterPoller>(_ => poller));
        int routerId, sessionId;
        var wasUp = DateTime.UtcNow.AddHours(-3);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            var router = new Router { Name = "gone", Transport = RouterTransport.Local, Address = "/nonexistent/bird.ctl", LocalAsn = 64500, Enabled = true, Reachable = true, LastPolledAt = wasUp };
            db.Routers.Add(router);
            await db.SaveChangesAsync();
            var session = new BgpSession { RouterId = router.Id, Type = SessionType.Private, PeerAsn = 65001, PeerIp = "192.0.2.11", AddressFamily = 4, State = BgpState.Established, StateSince = wasUp, PrefixesAccepted = 12 };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            (routerId, sessionId) = (router.Id, session.Id);
        }
        var interval = TimeSpan.FromMilliseconds(1000);
        var service = new SessionPollingService(database.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new PeeringHubOptions { PollInterval = interval }), NullLogger<SessionPollingService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            // polled while enabled (the stub leaves the stored state as it was: Established)
            var warm = DateTime.UtcNow.AddSeconds(10);
            while (poller.Polls < 2 && DateTime.UtcNow < warm) await Task.Delay(50);
            Assert.True(poller.Polls >= 2, "the enabled router was not polled");
            await using (var scope = database.Scope())
                await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Routers.Where(r => r.Id == routerId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Enabled, false));
            var started = DateTime.UtcNow;
            var pollsWhenDisabled = poller.Polls;
            BgpSession s;
            do
            {
                await Task.Delay(50);
                await using var scope = database.Scope();
                s = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Sessions.AsNoTracking().SingleAsync(x => x.Id == sessionId);
            }
            while (s.State != BgpState.Unknown && DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
            var took = DateTime.UtcNow - started;
            Assert.Equal(BgpState.Unknown, s.State);
            // one interval until the next tick, plus the tick's own work on a shared 2-core machine
            Assert.True(took <= interval + TimeSpan.FromMilliseconds(700), $"marked after {took.TotalMilliseconds:0} ms, interval {interval.TotalMilliseconds:0} ms");
            Assert.Equal(SessionStateRecorder.NotPolled, s.LastError);
            Assert.Null(s.PrefixesAccepted);
            Assert.InRange(s.StateSince!.Value, started.AddSeconds(-1), DateTime.UtcNow);
            await using (var scope = database.Scope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
                var router = await db.Routers.AsNoTracking().SingleAsync(r => r.Id == routerId);
                Assert.Null(router.Reachable);
                Assert.Equal(SessionStateRecorder.PollingOff, router.LastError);
                var history = await db.SessionStateChanges.Where(c => c.SessionId == sessionId).SingleAsync();
                Assert.Equal((BgpState.Established, BgpState.Unknown, SessionStateRecorder.NotPolled), (history.OldState, history.NewState, history.Reason));
                Assert.InRange(poller.Polls, pollsWhenDisabled, pollsWhenDisabled + 1); // at most a poll already running

                // Marked once: later ticks write nothing more.
                await Task.Delay(interval * 3);
                Assert.Equal(1, await db.SessionStateChanges.CountAsync(c => c.SessionId == sessionId));

                // Switched on again: it is polled.
                await db.Routers.Where(r => r.Id == routerId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Enabled, true));
            }
            var before = poller.Polls;
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (poller.Polls == before && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.True(poller.Polls > before, "the router was not polled after polling was switched on again");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }
}
