using Microsoft.EntityFrameworkCore;
using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Api;

/// <summary>Bulk admin state and refresh for scripts: the same service as the board, a result per id.</summary>
public static class SessionActionEndpoints
{
    public sealed record AdminStateRequest(List<int> Ids, string State, string? Message);
    public sealed record RefreshRequest(List<int>? Routers);
    public sealed record RefreshResult(int RouterId, bool Reachable, string? Error, int Matched, int Changed);

    public static RouteGroupBuilder MapSessionActionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sessions").WithTags("Sessions");
        group.MapPost("/admin-state", async Task<IResult> (AdminStateRequest body, SessionActionService actions, CancellationToken ct) =>
        {
            var action = body.State?.ToLowerInvariant() switch { "up" => SessionAction.AdminUp, "down" => (SessionAction?)SessionAction.AdminDown, _ => null };
            var errors = new Dictionary<string, string[]>();
            if (action is null) errors["state"] = ["State must be \"up\" or \"down\"."];
            if (body.Ids is not { Count: > 0 }) errors["ids"] = ["Give at least one session id."];
            else if (body.Ids.Count > 5000) errors["ids"] = ["At most 5000 sessions per call."];
            if (body.Message is { Length: > 128 }) errors["message"] = ["The shutdown message is limited to 128 characters (RFC 8203)."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
            return TypedResults.Ok(await actions.RunAsync(action!.Value, body.Ids!, body.Message, ct: ct));
        }).RequireAuthorization(Policies.Operate);

        group.MapPost("/refresh", async (RefreshRequest? body, PeeringHubDbContext db, IServiceScopeFactory scopes, CancellationToken ct) =>
        {
            var ids = body?.Routers is { Count: > 0 } chosen
                ? await db.Routers.Where(r => chosen.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)
                : await db.Routers.Where(r => r.Enabled).Select(r => r.Id).ToListAsync(ct);
            var results = new List<RefreshResult>();
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (id, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(id, token);
                lock (results) results.Add(new RefreshResult(id, outcome.Reachable, outcome.Error, outcome.Matched, outcome.Changed));
            });
            return TypedResults.Ok(results.OrderBy(r => r.RouterId).ToList());
        }).RequireAuthorization(Policies.Staff);
        return api;
    }
}
