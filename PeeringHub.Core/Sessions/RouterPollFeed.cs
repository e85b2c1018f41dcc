namespace PeeringHub.Core.Sessions;

/// <summary>Tells screens that a router was polled (reachable or not), so "last polled" stays true even when nothing changed.</summary>
public sealed class RouterPollFeed
{
    public event Action<PollOutcome>? Polled;

    public void Publish(PollOutcome outcome) => Polled?.Invoke(outcome);
}
