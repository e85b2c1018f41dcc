using System.Threading.Channels;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// Hands row-change notices to open boards away from the thread that published the changes. A circuit's InvokeAsync runs
/// inline when the circuit is idle, so raising the event on the publisher rendered every open board one after another on
/// the observed-state writer's thread, inside its commit gate: the hub's clients and the next poll's write waited for all
/// of them. Boards render on at most one core fewer than the machine has, so the hub, the writer and new requests keep one.
/// </summary>
public sealed class BoardNotices : IDisposable
{
    readonly record struct Notice(Action<IReadOnlyList<SessionStateChanged>?> Board, IReadOnlyList<SessionStateChanged>? Changes);

    readonly Channel<Notice> queue = Channel.CreateUnbounded<Notice>();
    readonly ILogger log;

    public BoardNotices(ILogger log, int? deliverers = null)
    {
        this.log = log;
        for (var i = 0; i < (deliverers ?? Math.Max(1, Environment.ProcessorCount - 1)); i++) _ = Task.Run(DeliverAsync);
    }

    /// <summary>Queues one notice per board (each handler of <paramref name="boards"/>) and returns.</summary>
    public void Post(Action<IReadOnlyList<SessionStateChanged>?>? boards, IReadOnlyList<SessionStateChanged>? changes)
    {
        if (boards is null) return;
        foreach (var board in boards.GetInvocationList())
            queue.Writer.TryWrite(new((Action<IReadOnlyList<SessionStateChanged>?>)board, changes));
    }

    async Task DeliverAsync()
    {
        await foreach (var notice in queue.Reader.ReadAllAsync())
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

    public void Dispose() => queue.Writer.TryComplete();
}
