namespace PeeringHub.Tests.Reference.Irr;

/// <summary>A clock the test moves by hand, to cross the cache TTL without sleeping.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
}
