using Microsoft.Extensions.Logging;

namespace PeeringHub.Core.Sessions;

/// <summary>
/// In-process publish/subscribe of session state changes: the poller publishes one batch per router poll,
/// every open board (Blazor circuit) and the SignalR hub subscribe. Subscribers must return quickly (marshal, don't work):
/// the publisher is the observed-state writer inside its commit gate, and a circuit's InvokeAsync runs inline when the
/// circuit is idle, so components hand off to another thread (the boards' notice thread, or the pool) before they invoke.
/// </summary>
public sealed class SessionStateFeed(ILogger<SessionStateFeed> log)
{
    readonly Lock gate = new();
    // Copy-on-write: publishing iterates a snapshot without holding the lock.
    Action<IReadOnlyList<SessionStateChanged>>[] subscribers = [];

    public int SubscriberCount => Volatile.Read(ref subscribers).Length;

    public IDisposable Subscribe(Action<IReadOnlyList<SessionStateChanged>> handler)
    {
        lock (gate) subscribers = [.. subscribers, handler];
        return new Subscription(this, handler);
    }

    public void Publish(IReadOnlyList<SessionStateChanged> changes)
    {
        if (changes.Count == 0) return;
        foreach (var subscriber in Volatile.Read(ref subscribers))
        {
            try
            {
                subscriber(changes);
            }
            catch (Exception ex)
            {
                // One broken screen must not stop the others (or the poller) from getting updates.
                log.LogError(ex, "A session-state subscriber failed on a batch of {Count} changes", changes.Count);
            }
        }
    }

    void Unsubscribe(Action<IReadOnlyList<SessionStateChanged>> handler)
    {
        lock (gate) subscribers = subscribers.Where(s => s != handler).ToArray();
    }

    sealed class Subscription(SessionStateFeed feed, Action<IReadOnlyList<SessionStateChanged>> handler) : IDisposable
    {
        int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) feed.Unsubscribe(handler);
        }
    }
}
