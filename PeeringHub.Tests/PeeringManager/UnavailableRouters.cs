using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>
/// Test double for the router contracts whose implementation arrives with the router-driver merge: the app's Development
/// DI validation needs them registered. Every call fails; peering-manager tests never call them.
/// </summary>
public sealed class UnavailableRouters : IRouterSessionCommands, IRouterPoller
{
    const string Error = "routers are not available in peering-manager tests";

    public Task<IReadOnlyList<SessionActionOutcome>> SetAdminStateAsync(Router router, IReadOnlyList<BgpSession> sessions, AdminState state, string? message, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SessionActionOutcome>>(sessions.Select(s => new SessionActionOutcome(s.Id, s.PeerIp, router.Name, false, Error)).ToList());

    public Task<IReadOnlyList<SessionActionOutcome>> RemoveAsync(Router router, IReadOnlyList<BgpSession> sessions, CancellationToken ct) =>
        SetAdminStateAsync(router, sessions, AdminState.Down, null, ct);

    public Task<PollOutcome> PollAsync(int routerId, CancellationToken ct = default) =>
        Task.FromResult(new PollOutcome(routerId, DateTime.UtcNow, false, Error, 0, 0, []));
}
