using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Polling;

/// <summary>
/// Polling every 2 s alone makes a change wait up to 2 s before it is even read (p95 1.9 s). For routers whose driver can
/// report state changes (BIRD logs them; the gate's <c>watch-states</c> waits for one), one watcher per router waits for such
/// a change and polls that router at once. The interval poll stays the source of truth: a missed hint costs one interval.
/// </summary>
public sealed class StateChangeHintService(IServiceScopeFactory scopes, SessionPollingService polling, IOptions<RouterOptions> options, ILogger<StateChangeHintService> log)
    : BackgroundService
{
    /// <summary>Well under the read timeout, so a quiet router is an answer, not a timeout.</summary>
    TimeSpan Wait => TimeSpan.FromSeconds(Math.Clamp(options.Value.ReadTimeout.TotalSeconds / 2, 1, 10));
    static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(10);
    static readonly TimeSpan AfterUnsupported = TimeSpan.FromMinutes(10);
    static readonly TimeSpan RouterListRefresh = TimeSpan.FromSeconds(5);

    readonly Dictionary<int, CancellationTokenSource> watchers = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.StateChangeHints) return;
        try
        {
            using var timer = new PeriodicTimer(RouterListRefresh);
            do await SuperviseAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            foreach (var w in watchers.Values) { await w.CancelAsync(); w.Dispose(); }
        }
    }

    async Task SuperviseAsync(CancellationToken ct)
    {
        List<int> enabled;
        await using (var scope = scopes.CreateAsyncScope())
            enabled = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Routers.Where(r => r.Enabled).Select(r => r.Id).ToListAsync(ct);
        foreach (var gone in watchers.Keys.Except(enabled).ToList())
        {
            await watchers[gone].CancelAsync();
            watchers[gone].Dispose();
            watchers.Remove(gone);
        }
        foreach (var id in enabled.Where(id => !watchers.ContainsKey(id)))
        {
            var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            watchers[id] = cts;
            _ = WatchAsync(id, cts.Token);
        }
    }

    async Task WatchAsync(int routerId, CancellationToken ct)
    {
        // Each wait continues where the last one stopped reading the router's log, so no change falls between two waits.
        long? position = null;
        while (!ct.IsCancellationRequested)
        {
            TimeSpan pause;
            try
            {
                (pause, position) = await WatchOnceAsync(routerId, position, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database or programming fault: logged, and tried again later; interval polling is unaffected.
                log.LogError(ex, "State-change watch of router {RouterId} failed", routerId);
                pause = AfterFailure;
            }
            if (pause > TimeSpan.Zero && !await PauseAsync(pause, ct)) return;
        }
    }

    static async Task<bool> PauseAsync(TimeSpan pause, CancellationToken ct)
    {
        await Task.WhenAny(Task.Delay(pause, ct));
        return !ct.IsCancellationRequested;
    }

    /// <summary>One wait on the router; returns how long to pause before the next, and where the next starts in the log.</summary>
    async Task<(TimeSpan Pause, long? Position)> WatchOnceAsync(int routerId, long? position, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var router = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == routerId, ct);
        if (router is null) return (AfterUnsupported, null);
        var watch = await scope.ServiceProvider.GetRequiredService<RouterConnectionService>().WaitForStateChangeAsync(router, Wait, position, ct);
        if (watch.Succeeded)
        {
            var (hint, next) = (watch.Value!.Hint, watch.Value.LogPosition);
            if (hint == StateChangeHint.Changed) polling.PollSoon(routerId);
            return (hint == StateChangeHint.Unsupported ? AfterUnsupported : TimeSpan.Zero, next);
        }
        if (watch.Error is RouterErrorKind.Rejected or RouterErrorKind.InvalidInput)
        {
            log.LogInformation("Router {Router} gives no state-change hints ({Reason}); it is polled on the interval", router.Name, watch.Message);
            return (AfterUnsupported, null);
        }
        // Unreachable or timed out: the next wait reports what was logged meanwhile.
        return (AfterFailure, position);
    }
}
