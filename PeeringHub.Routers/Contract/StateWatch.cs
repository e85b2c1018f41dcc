namespace PeeringHub.Routers.Contract;

/// <summary>
/// The answer to one wait for a state change. <paramref name="LogPosition"/> is where the router's log was read up to;
/// passing it to the next wait means a change logged between two waits is still reported. Null when the platform has none.
/// </summary>
public sealed record StateWatch(StateChangeHint Hint, long? LogPosition)
{
    public static readonly StateWatch Unsupported = new(StateChangeHint.Unsupported, null);
}
