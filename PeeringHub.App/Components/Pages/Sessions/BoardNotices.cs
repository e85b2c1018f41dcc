using System.Collections.Concurrent;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// Hands row-change notices to open boards away from the thread that published the changes. A circuit's InvokeAsync runs
/// inline when the circuit is idle, so raising the event on the publisher rendered every open board one after another on
/// the observed-state writer's thread, inside its commit gate: the hub's clients and the next poll's write waited for all
/// of them. Boards render on at most one core fewer than the machine has, so the hub, the writer and new requests keep one;
/// the deliverers are threads of their own, as a render holds its thread for its whole length and would otherwise keep a
/// thread-pool thread from the hub's sends.
/// </summary>
public sealed class BoardNotices : IDisposable
{
    readonly record struct Notice(Action<IReadOnlyList<SessionStateChanged>?> Board, IReadOnlyList<SessionStateChanged>? Changes);

    readonly BlockingCollection<Notice> queue = new(new ConcurrentQueue<Notice>());
    readonly ILogger log;

    public BoardNotices(ILogger log, int? deliverers = null)
    {
        this.log = log;
        for (var i = 0; i < (deliverers ?? Math.Max(1, Environment.ProcessorCount - 1)); i++)
            new Thread(Deliver) { IsBackground = true, Name = "Board notices" }.Start();
    }

    /// <summary>Queues one notice per board (each handler of <paramref name="boards"/>) and returns.</summary>
    public void Post(Action<IReadOnlyList<SessionStateChanged>?>? boards, IReadOnlyList<SessionStateChanged>? changes)
    {
        if (boards is null) return;
        try
        {
            foreach (var board in boards.GetInvocationList())
                queue.Add(new((Action<IReadOnlyList<SessionStateChanged>?>)board, changes));
        }
        catch (InvalidOperationException) when (queue.IsAddingCompleted)
        {
            // The app is stopping: no board is left to tell.
        }
    }

    void Deliver()
    {
        foreach (var notice in queue.GetConsumingEnumerable())
        {
            try
            {
                notice.Board(notice.Changes);
            }
            catch (Exception ex)
            {
                // One broken board must not stop the notices of the others.
                log.LogError(ex, "A session board failed to take {Count} row changes", notice.Changes?.Count);
            }
        }
    }

    public void Dispose() => queue.CompleteAdding();
}
