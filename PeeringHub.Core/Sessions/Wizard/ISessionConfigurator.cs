namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>
/// Pushes one stored session to its router: render → check → apply (with the router's own rollback when unconfirmed), then
/// polls the router for a few seconds so the new session's state reaches the board; audited.
/// Implemented by PeeringHub.Routers; never throws for router failures.
/// </summary>
public interface ISessionConfigurator
{
    Task<SessionConfigureResult> ConfigureAsync(int sessionId, CancellationToken ct = default);
}
