using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// Runs an incremental sync every <see cref="PeeringDbOptions.SyncInterval"/>, counted from the last attempt stored in
/// the database, so a restart does not trigger an extra pull and a long outage catches up at once.
/// A database that has never synced waits one interval: the first full pull is started by an operator.
/// </summary>
public sealed class PeeringDbSyncScheduler(IServiceScopeFactory scopes, IOptions<PeeringDbOptions> options,
    TimeProvider clock, ILogger<PeeringDbSyncScheduler> logger, Data.Seeding.DemoMode? demo = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SyncInterval;
        if (interval <= TimeSpan.Zero)
        {
            logger.LogInformation("PeeringDB scheduled sync disabled (SyncInterval {Interval})", interval);
            return;
        }
        if (demo?.IsOn == true)
        {
            // The demo's mirror is an offline snapshot of made-up networks; a "since" pull would mix the real PeeringDB into it.
            logger.LogInformation("PeeringDB scheduled sync off: this is the demo (offline snapshot); Sync now still pulls on request");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = await NextDueAsync(interval, stoppingToken);
            var wait = due - clock.GetUtcNow().UtcDateTime;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, clock, stoppingToken);

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<PeeringDbSyncService>().SyncAsync(ct: stoppingToken);
                if (result.Success)
                    logger.LogInformation("PeeringDB scheduled sync done: {Count} objects", result.Endpoints.Sum(e => e.Upserted + e.Deleted));
                else
                    logger.LogWarning("PeeringDB scheduled sync failed: {Errors}", string.Join("; ", result.Errors));
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Boundary of the background loop: an unexpected failure must not stop the host; it is logged and
                // retried after one interval rather than in a tight loop.
                logger.LogError(ex, "PeeringDB scheduled sync crashed");
                await Task.Delay(interval, clock, stoppingToken);
            }
        }
    }

    private async Task<DateTime> NextDueAsync(TimeSpan interval, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var last = await db.PdbSyncStates.MaxAsync(s => (DateTime?)s.LastAttemptAt, ct);
        // Never synced: the first (full, large) pull is an operator's decision ("Sync now"); the schedule starts one interval later.
        return last is null ? clock.GetUtcNow().UtcDateTime + interval : last.Value + interval;
    }
}
