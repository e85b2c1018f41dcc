namespace PeeringHub.Core.Sessions;

/// <summary>Polls routers now (the board's Refresh, and after an action); implemented by PeeringHub.Routers.</summary>
public interface IRouterPoller
{
    Task<PollOutcome> PollAsync(int routerId, CancellationToken ct = default);
}
