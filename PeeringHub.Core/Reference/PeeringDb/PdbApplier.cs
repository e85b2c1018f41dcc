using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Writes one endpoint's parsed records into its mirror table inside one transaction, and moves its cursor.</summary>
internal static class PdbApplier
{
    /// <param name="replace">A full pull or dump: rows absent from <paramref name="records"/> are removed too.</param>
    public static async Task<PeeringDbEndpointResult> ApplyAsync(
        PeeringHubDbContext db, PdbEndpoint endpoint, IReadOnlyList<PdbObject> records, bool replace, CancellationToken ct)
    {
        var method = typeof(PdbApplier).GetMethod(nameof(ApplyTypedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(endpoint.EntityType);
        return await (Task<PeeringDbEndpointResult>)method.Invoke(null, [db, endpoint, records, replace, ct])!;
    }

    private static async Task<PeeringDbEndpointResult> ApplyTypedAsync<T>(
        PeeringHubDbContext db, PdbEndpoint endpoint, IReadOnlyList<PdbObject> records, bool replace, CancellationToken ct)
        where T : PdbObject
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var set = db.Set<T>();
        var ids = records.Select(r => r.Id).ToList();
        var existing = replace
            ? await set.ToDictionaryAsync(o => o.Id, ct)
            : await set.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);

        int upserted = 0, deleted = 0;
        var seen = new HashSet<int>();
        foreach (var r in records.Cast<T>())
        {
            seen.Add(r.Id);
            existing.TryGetValue(r.Id, out var row);
            if (r.Status == "deleted")
            {
                if (row is null) continue;
                set.Remove(row);
                existing.Remove(r.Id);
                deleted++;
            }
            else if (row is null)
            {
                set.Add(r);
                existing[r.Id] = r;
                upserted++;
            }
            else
            {
                db.Entry(row).CurrentValues.SetValues(r);
                upserted++;
            }
        }
        if (replace)
        {
            foreach (var stale in existing.Values.Where(o => !seen.Contains(o.Id)))
            {
                set.Remove(stale);
                deleted++;
            }
        }

        var state = await db.PdbSyncStates.FindAsync([endpoint.Name], ct);
        if (state is null) db.PdbSyncStates.Add(state = new PdbSyncState { Endpoint = endpoint.Name });
        var newest = records.Count == 0 ? (DateTime?)null : records.Max(r => r.Updated);
        if (newest is { } n && n > DateTime.MinValue)
            state.Since = Math.Max(state.Since ?? 0, new DateTimeOffset(DateTime.SpecifyKind(n, DateTimeKind.Utc)).ToUnixTimeSeconds());
        state.LastAttemptAt = state.LastSuccessAt = DateTime.UtcNow;
        state.LastUpserted = upserted;
        state.LastDeleted = deleted;
        state.LastError = null;

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new PeeringDbEndpointResult(endpoint.Name, upserted, deleted, null);
    }
}
