using Microsoft.EntityFrameworkCore;
using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.App.Api;

/// <summary>/api/routers/{id}/…: host key fetch and accept, connection test, sessions as the router reports them now.</summary>
public static class RouterDriverEndpoints
{
    public sealed record AcceptHostKey(string Fingerprint);

    public static RouteGroupBuilder MapRouterDriverApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/routers/{id:int}").WithTags("Router");
        group.MapGet("/host-key", async Task<IResult> (int id, PeeringHubDbContext db, RouterConnectionService routers, CancellationToken ct) =>
            await db.Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } router ? NotFound(id)
                : FromRouter(await routers.FetchHostKeyAsync(router, ct))).RequireAuthorization(Policies.Staff);

        group.MapPost("/host-key/accept", async Task<IResult> (int id, AcceptHostKey body, PeeringHubDbContext db, RouterConnectionService routers, CancellationToken ct) =>
        {
            if (await db.Routers.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } router) return NotFound(id);
            if (string.IsNullOrWhiteSpace(body.Fingerprint))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fingerprint"] = ["Give the SHA256 fingerprint you compared."] });
            var result = await routers.AcceptHostKeyAsync(router, body.Fingerprint.Trim(), ct);
            if (result.Succeeded) await db.SaveChangesAsync(ct); // audited: HostKey and HostKeyFingerprint before/after
            return FromRouter(result);
        }).RequireAuthorization(Policies.Operate);

        group.MapPost("/test", async Task<IResult> (int id, PeeringHubDbContext db, RouterConnectionService routers, CancellationToken ct) =>
            await db.Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } router ? NotFound(id)
                : TypedResults.Ok(await routers.TestConnectionAsync(router, ct))).RequireAuthorization(Policies.Staff);

        group.MapGet("/sessions", async Task<IResult> (int id, PeeringHubDbContext db, RouterConnectionService routers, CancellationToken ct) =>
            await db.Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } router ? NotFound(id)
                : TypedResults.Ok(await routers.ReadSessionsAsync(router, ct))).RequireAuthorization(Policies.Staff);
        return api;
    }

    static IResult NotFound(int id) => TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"Router {id} does not exist.");

    /// <summary>A router call that failed is the router's answer (502/504), not a server bug.</summary>
    static IResult FromRouter<T>(RouterResult<T> result) => result.Succeeded
        ? TypedResults.Ok(result.Value)
        : TypedResults.Problem(statusCode: result.Error is RouterErrorKind.Timeout ? 504 : result.Error is RouterErrorKind.InvalidInput ? 400 : 502,
            title: $"Router: {result.Error}", detail: result.Message);
}
