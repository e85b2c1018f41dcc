using Microsoft.Extensions.Logging;

namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// In-process publish/subscribe of relation changes, so every open peering manager page re-renders when another viewer
/// moves a peer. Subscribers must return quickly (marshal to their circuit, don't work).
/// </summary>
public sealed class PeeringManagerFeed(ILogger<PeeringManagerFeed> log)
{
    readonly Lock gate = new();
    // Copy-on-write: publishing iterates a snapshot without holding the lock.
    Action<PeeringRelationChanged>[] subscribers = [];

    public int SubscriberCount => Volatile.Read(ref subscribers).Length;

    public IDisposable Subscribe(Action<PeeringRelationChanged> handler)
    {
        lock (gate) subscribers = [.. subscribers, handler];
        return new Subscription(this, handler);
    }

    public void Publish(PeeringRelationChanged change)
    {
        foreach (var subscriber in Volatile.Read(ref subscribers))
        {
            try
            {
                subscriber(change);
            }
            catch (Exception ex)
            {
                // One broken page must not stop the others from getting the change.
                log.LogError(ex, "A peering-manager subscriber failed for network {Network} on LAN {Lan}", change.ViewingNetworkId, change.PeeringLanId);
            }
        }
    }

    void Unsubscribe(Action<PeeringRelationChanged> handler)
    {
        lock (gate) subscribers = subscribers.Where(s => s != handler).ToArray();
    }

    sealed class Subscription(PeeringManagerFeed feed, Action<PeeringRelationChanged> handler) : IDisposable
    {
        int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) feed.Unsubscribe(handler);
        }
    }
}
