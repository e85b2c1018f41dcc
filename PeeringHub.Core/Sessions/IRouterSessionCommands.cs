using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions;

/// <summary>
/// What the session actions need from a router, in one batched call per router (implemented by PeeringHub.Routers).
/// Implementations never throw for router failures: each session gets an outcome with the router's reason.
/// </summary>
public interface IRouterSessionCommands
{
    Task<IReadOnlyList<SessionActionOutcome>> SetAdminStateAsync(Router router, IReadOnlyList<BgpSession> sessions, AdminState state, string? message, CancellationToken ct);

    Task<IReadOnlyList<SessionActionOutcome>> RemoveAsync(Router router, IReadOnlyList<BgpSession> sessions, CancellationToken ct);
}
