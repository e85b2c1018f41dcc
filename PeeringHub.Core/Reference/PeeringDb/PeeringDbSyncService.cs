using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Data;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// Mirrors PeeringDB into the Pdb_* tables: first a full pull, then <c>since</c> pulls per endpoint, in the order of
/// <see cref="PdbEndpoints.All"/>, one transaction per endpoint. After a successful sync, linked Networks/Exchanges refresh.
/// </summary>
public sealed class PeeringDbSyncService(
    PeeringHubDbContext db,
    PeeringDbClient client,
    PeeringDbLinkService links,
    PeeringDbSyncProgress progress,
    ILogger<PeeringDbSyncService> logger)
{
    /// <summary><c>POST /api/peeringdb/sync</c>. <paramref name="full"/> ignores the cursors and replaces every table.</summary>
    public async Task<PeeringDbSyncResult> SyncAsync(bool full = false, CancellationToken ct = default)
    {
        await progress.Gate.WaitAsync(ct);
        try
        {
            var states = await db.PdbSyncStates.AsNoTracking().ToDictionaryAsync(s => s.Endpoint, ct);
            return await RunAsync(full ? "full" : "incremental", async (endpoint) =>
            {
                var since = full ? null : states.GetValueOrDefault(endpoint.Name)?.Since;
                var body = await client.FetchAsync(endpoint.Name, since, ct);
                var records = PdbEnvelope.Parse(endpoint, body);
                return await PdbApplier.ApplyAsync(db, endpoint, records, replace: since is null, ct);
            }, PdbEndpoints.All, incremental: !full && states.Count > 0, ct);
        }
        finally
        {
            progress.Gate.Release();
        }
    }

    /// <summary>
    /// Offline import: every file is parsed before anything is written, so one malformed file aborts the whole import
    /// with nothing changed. <paramref name="replace"/> treats each file as a complete dump of its endpoint.
    /// </summary>
    public async Task<PeeringDbSyncResult> ImportFilesAsync(IReadOnlyList<PeeringDbFile> files, bool replace = true, CancellationToken ct = default)
    {
        var parsed = new Dictionary<string, IReadOnlyList<PdbObject>>();
        foreach (var f in files)
            parsed[f.Endpoint] = PdbEnvelope.Parse(PdbEndpoints.Get(f.Endpoint), f.Json);

        await progress.Gate.WaitAsync(ct);
        try
        {
            var endpoints = PdbEndpoints.All.Where(e => parsed.ContainsKey(e.Name)).ToList();
            return await RunAsync("file import", e => PdbApplier.ApplyAsync(db, e, parsed[e.Name], replace, ct), endpoints, !replace, ct);
        }
        finally
        {
            progress.Gate.Release();
        }
    }

    /// <summary><c>GET /api/peeringdb/sync</c>.</summary>
    public async Task<PeeringDbSyncStatus> GetStatusAsync(CancellationToken ct = default)
    {
        var states = await db.PdbSyncStates.AsNoTracking().OrderBy(s => s.Endpoint).ToListAsync(ct);
        // The sync as a whole succeeded last when every endpoint did; the oldest endpoint success is that moment.
        DateTime? last = states.Count == PdbEndpoints.All.Count && states.All(s => s.LastSuccessAt is not null && s.LastError is null)
            ? states.Min(s => s.LastSuccessAt) : null;
        return new PeeringDbSyncStatus(progress.Running, progress.CurrentEndpoint, progress.Completed, progress.Total,
            last, states, progress.LastResult);
    }

    private async Task<PeeringDbSyncResult> RunAsync(string kind, Func<PdbEndpoint, Task<PeeringDbEndpointResult>> step,
        IReadOnlyList<PdbEndpoint> endpoints, bool incremental, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        progress.Start(endpoints.Count);
        var results = new List<PeeringDbEndpointResult>();
        var errors = new List<string>();
        PeeringDbLinkResult? linkResult = null;
        PeeringDbSyncResult? result = null;
        try
        {
            await RunEndpointsAsync(kind, step, endpoints, results, errors, ct);
            if (errors.Count == 0)
                linkResult = await RefreshLinksAsync(kind, errors, ct);
        }
        finally
        {
            // Even when cancelled or crashed, the progress must not stay "running" forever.
            result = new PeeringDbSyncResult(errors.Count == 0, incremental, started, DateTime.UtcNow, results, errors, linkResult);
            progress.Finish(result);
        }
        return result;
    }

    private async Task RunEndpointsAsync(string kind, Func<PdbEndpoint, Task<PeeringDbEndpointResult>> step,
        IReadOnlyList<PdbEndpoint> endpoints, List<PeeringDbEndpointResult> results, List<string> errors, CancellationToken ct)
    {
        foreach (var endpoint in endpoints)
        {
            progress.Step(endpoint.Name, done: false);
            try
            {
                results.Add(await step(endpoint));
                progress.Step(endpoint.Name, done: true);
            }
            catch (PeeringDbFormatException ex) { await FailAsync(kind, endpoint, ex, results, errors, ct); return; }
            catch (PeeringDbHttpException ex) { await FailAsync(kind, endpoint, ex, results, errors, ct); return; }
            catch (DbUpdateException ex) { await FailAsync(kind, endpoint, ex, results, errors, ct); return; }
        }
    }

    /// <summary>Records the failure and stops: later endpoints reference this one, so syncing them against an outdated
    /// parent table would only produce dangling children.</summary>
    private async Task FailAsync(string kind, PdbEndpoint endpoint, Exception ex, List<PeeringDbEndpointResult> results,
        List<string> errors, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        logger.LogError(ex, "PeeringDB {Kind} failed at {Endpoint}", kind, endpoint.Name);
        errors.Add(ex.Message);
        results.Add(new PeeringDbEndpointResult(endpoint.Name, 0, 0, ex.Message));
        await RecordErrorAsync(endpoint.Name, ex.Message, ct);
    }

    private async Task<PeeringDbLinkResult?> RefreshLinksAsync(string kind, List<string> errors, CancellationToken ct)
    {
        try
        {
            return await links.RefreshAllAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // The mirror is committed; only our derived fields failed (e.g. a constraint on our side). Report it.
            db.ChangeTracker.Clear();
            logger.LogError(ex, "PeeringDB link refresh failed after {Kind}", kind);
            errors.Add("link refresh: " + (ex.InnerException?.Message ?? ex.Message));
            return null;
        }
    }

    private async Task RecordErrorAsync(string endpoint, string error, CancellationToken ct)
    {
        var state = await db.PdbSyncStates.FindAsync([endpoint], ct);
        if (state is null) db.PdbSyncStates.Add(state = new PdbSyncState { Endpoint = endpoint });
        state.LastAttemptAt = DateTime.UtcNow;
        state.LastError = error;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
