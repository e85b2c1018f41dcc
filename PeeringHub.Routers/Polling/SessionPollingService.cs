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
/// Polls every enabled router every PollInterval, a bounded number in parallel; a router still being polled is skipped
/// rather than queued, so a slow router never piles up work or delays the others.
/// </summary>
public sealed class SessionPollingService(IServiceScopeFactory scopes, IOptions<PeeringHubOptions> options, ILogger<SessionPollingService> log) : BackgroundService
{
    const int Parallelism = 8;
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
        _ = PollOneAsync(routerId, stopping).AsTask();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            List<int> routers;
            await using (var scope = scopes.CreateAsyncScope())
                routers = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Routers.Where(r => r.Enabled).Select(r => r.Id).ToListAsync(stoppingToken);
            var due = routers.Where(id => inFlight.TryAdd(id, 0)).ToList();
            // Not awaited: the next tick starts on time while a slow router is still answering.
            _ = Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken }, PollOneAsync);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    async ValueTask PollOneAsync(int routerId, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(routerId, ct);
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
