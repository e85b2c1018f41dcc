namespace PeeringHub.Routers.Contract;

/// <summary>How <see cref="IRouterDriver.ApplyAsync"/> commits.</summary>
/// <param name="RevertAfter">BIRD <c>configure timeout</c>: the router undoes the change by itself unless confirmed.</param>
/// <param name="Confirm">False leaves the change unconfirmed, so BIRD rolls it back after <paramref name="RevertAfter"/>
/// (used to prove the rollback; production callers keep true).</param>
public sealed record ApplyOptions(TimeSpan RevertAfter, bool Confirm = true)
{
    public static ApplyOptions Default { get; } = new(TimeSpan.FromSeconds(30));
}
