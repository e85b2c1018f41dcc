using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Settings;
using PeeringHub.Routers.Polling;

namespace PeeringHub.Tests.Sessions;

/// <summary>
/// A state-change hint that arrives while the router is being polled must not be dropped: that poll may have read the
/// router before the change, so another poll follows it.
/// </summary>
public class PollSoonTests
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
