using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Settings;

namespace PeeringHub.Routers.Polling;

/// <summary>
/// Polls every enabled router every PollInterval, at most PollParallelism at the same time; a router still being polled
/// (or waiting for its turn) is skipped rather than queued again, so a slow router never piles up work.
/// </summary>
public sealed class SessionPollingService(IServiceScopeFactory scopes, IOptions<PeeringHubOptions> options, ILogger<SessionPollingService> log) : BackgroundService
{
    readonly SemaphoreSlim slots = new(options.Value.PollParallelism, options.Value.PollParallelism);
    readonly ConcurrentDictionary<int, byte> inFlight = new();
    /// <summary>Routers that must be read by a poll starting after the request (a state-change hint).</summary>
    readonly ConcurrentDictionary<int, byte> requested = new();
    CancellationToken stopping = CancellationToken.None;

    /// <summary>
    /// Polls one router between intervals (a state-change hint): now, or right after the poll of it that is running,
    /// because that one may have read the router before the change.
    /// </summary>
    public void PollSoon(int routerId)
    {
        // Flag first, then try: either this call starts the poll, or the running poll sees the flag when it ends.
        requested[routerId] = 0;
        StartRequested(routerId);
    }

    void StartRequested(int routerId)
    {
        if (stopping.IsCancellationRequested || !requested.ContainsKey(routerId) || !inFlight.TryAdd(routerId, 0)) return;
        requested.TryRemove(routerId, out _);
        _ = PollOneAsync(routerId, stopping);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            List<int> routers;
            await using (var scope = scopes.CreateAsyncScope())
            {
                routers = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Routers.Where(r => r.Enabled).Select(r => r.Id).ToListAsync(stoppingToken);
                await MarkNotPolledAsync(scope.ServiceProvider, stoppingToken);
            }
            // Not awaited: the next tick starts on time while a slow router is still answering. The bound is shared by all
            // ticks (a per-tick bound let slow routers of several ticks pile up: 20 at once were seen in a test).
            foreach (var id in routers.Where(id => inFlight.TryAdd(id, 0)))
                _ = PollOneAsync(id, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// Routers whose polling was switched off, and sessions added to them since, are marked "not polled" within one interval:
    /// their last state would otherwise stay on screen looking live. A router marked already costs one query per tick.
    /// </summary>
    async Task MarkNotPolledAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PeeringHubDbContext>();
        var stale = await db.Routers.Where(r => !r.Enabled
                && (r.Reachable != null || r.LastError != SessionStateRecorder.PollingOff
                    || db.Sessions.Any(s => s.RouterId == r.Id && (s.State != Core.Domain.BgpState.Unknown || s.LastError != SessionStateRecorder.NotPolled))))
            .Select(r => r.Id).ToListAsync(ct);
        // a poll still running (started before polling was switched off) would overwrite the mark: the next tick marks it
        foreach (var id in stale.Where(id => !inFlight.ContainsKey(id)))
        {
            try
            {
                await services.GetRequiredService<SessionStateRecorder>().RecordNotPolledAsync(id, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // Same boundary as a poll: a database error is logged and retried next tick.
                log.LogError(ex, "Marking router {RouterId} not polled failed", id);
            }
        }
    }

    async Task PollOneAsync(int routerId, CancellationToken ct)
    {
        try
        {
            await slots.WaitAsync(ct);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(routerId, ct);
            }
            finally
            {
                slots.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The app is stopping.
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Boundary of the polling loop: router failures arrive as results; this is a bug or a database error, logged and retried next tick.
            log.LogError(ex, "Polling router {RouterId} failed", routerId);
        }
        finally
        {
            inFlight.TryRemove(routerId, out _);
            StartRequested(routerId);
        }
    }
}
