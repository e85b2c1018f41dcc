using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Polling;

/// <summary>The session actions' router side: one batched driver call per router, a result per session with the router's reason.</summary>
public sealed class RouterSessionCommands(RouterClient client, RouterTargetFactory targets) : IRouterSessionCommands
{
    public async Task<IReadOnlyList<SessionActionOutcome>> SetAdminStateAsync(Router router, IReadOnlyList<BgpSession> sessions, AdminState state, string? message, CancellationToken ct)
    {
        if (!TryTarget(router, out var target, out var error)) return Fail(router, sessions, error);
        var names = sessions.ToDictionary(s => s.Id, s => RouterSessionNames.Of(router, s));
        var result = await client.SetAdminStateAsync(target, new AdminStateRequest(names.Values.Distinct().ToList(), state, message), ct);
        if (!result.Succeeded) return Fail(router, sessions, result.Message ?? result.Error.ToString());
        var byName = result.Value!.ToDictionary(r => r.Session, StringComparer.Ordinal);
        return sessions.Select(s => byName.TryGetValue(names[s.Id], out var r)
                ? new SessionActionOutcome(s.Id, SessionActionService.Label(s), router.Name, r.Succeeded, r.Succeeded ? null : r.Message, router.Platform)
                : new SessionActionOutcome(s.Id, SessionActionService.Label(s), router.Name, false, $"The router did not report on {names[s.Id]}.", router.Platform))
            .ToList();
    }

    public async Task<IReadOnlyList<SessionActionOutcome>> RemoveAsync(Router router, IReadOnlyList<BgpSession> sessions, CancellationToken ct)
    {
        if (!TryTarget(router, out var target, out var error)) return Fail(router, sessions, error);
        var outcomes = new List<SessionActionOutcome>();
        foreach (var s in sessions)
        {
            var result = await client.RemoveAsync(target, RouterSessionNames.Of(router, s), ct: ct);
            outcomes.Add(new SessionActionOutcome(s.Id, SessionActionService.Label(s), router.Name, result.Succeeded, result.Succeeded ? null : result.Message, router.Platform));
        }
        return outcomes;
    }

    bool TryTarget(Router router, out RouterTarget target, out string error)
    {
        try
        {
            target = targets.Create(router);
            error = "";
            return true;
        }
        catch (RouterException ex)
        {
            target = null!;
            error = ex.Message;
            return false;
        }
    }

    static List<SessionActionOutcome> Fail(Router router, IReadOnlyList<BgpSession> sessions, string error) =>
        sessions.Select(s => new SessionActionOutcome(s.Id, SessionActionService.Label(s), router.Name, false, error, router.Platform)).ToList();
}
