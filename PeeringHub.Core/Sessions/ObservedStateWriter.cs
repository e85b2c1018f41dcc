using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions;

/// <summary>
/// The single writer of observed state. Polls of many routers finish at the same moment, and SQLite lets one writer in at a time:
/// with a transaction per router the others slept and retried, which made deliveries seconds late with 50 routers. Here every
/// poll queues its write; whoever holds the gate commits everything queued in one transaction (group commit) and then
/// publishes all of it on the feed as one list, so open boards render once per batch, not once per router.
/// A caller returns only after its own write is committed, so the next poll of that router reads what this one wrote.
/// </summary>
public sealed class ObservedStateWriter(IServiceScopeFactory scopes, SessionStateFeed feed)
{
    readonly ConcurrentQueue<ObservedStateWrite> queue = new();
    readonly SemaphoreSlim gate = new(1, 1);

    public async Task WriteAsync(ObservedStateWrite write, CancellationToken ct = default)
    {
        queue.Enqueue(write);
        await gate.WaitAsync(ct);
        try
        {
            // Another caller may have committed this write while we waited for the gate.
            if (!write.Committed.Task.IsCompleted) await CommitQueuedAsync(ct);
        }
        finally
        {
            gate.Release();
        }
        await write.Committed.Task;
    }

    async Task CommitQueuedAsync(CancellationToken ct)
    {
        var batch = new List<ObservedStateWrite>();
        while (queue.TryDequeue(out var queued)) batch.Add(queued);
        try
        {
            await CommitAsync(batch, ct);
        }
        catch (Exception ex)
        {
            // Every caller in the batch learns that its write failed; none is left waiting.
            foreach (var w in batch) w.Committed.TrySetException(ex);
            return;
        }
        var changes = batch.SelectMany(w => w.Changes).ToList();
        foreach (var w in batch) w.Committed.TrySetResult();
        feed.Publish(changes);
    }

    async Task CommitAsync(List<ObservedStateWrite> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using var update = ObservedStateUpdate.Create(db);
        foreach (var write in batch)
        {
            foreach (var (id, name) in write.Renamed)
                await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.RouterSessionName, name), ct);
            foreach (var c in write.Changes)
            {
                // A session deleted since its poll read it has no row left: nothing to write, and no history to keep.
                var updated = await update.ExecuteAsync(c, write.At, ct);
                if (updated > 0 && c.OldState != c.NewState)
                    db.SessionStateChanges.Add(new SessionStateChange { SessionId = c.SessionId, At = write.At, OldState = c.OldState, NewState = c.NewState, Reason = c.LastError });
            }
            await db.Routers.Where(r => r.Id == write.RouterId).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.LastPolledAt, write.At).SetProperty(r => r.Reachable, write.Reachable).SetProperty(r => r.LastError, write.Error), ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
