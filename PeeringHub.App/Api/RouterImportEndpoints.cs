using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Routers.Adoption;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.App.Api;

/// <summary>/api/routers/{id}/…: the gate's prerequisites, the router's unmanaged sessions and their bulk import.</summary>
public static class RouterImportEndpoints
{
    /// <summary>Names as the router lists them (BIRD protocol, FRR neighbor address); null or empty with <c>All</c> imports every one.</summary>
    public sealed record ImportRequest(List<string>? Names, bool All = false);

    public static RouteGroupBuilder MapRouterImportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/routers/{id:int}").WithTags("Router");
        group.MapGet("/gate-check", async Task<IResult> (int id, PeeringHubDbContext db, RouterConnectionService routers, CancellationToken ct) =>
            await db.Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is not { } router ? NotFound(id)
                : TypedResults.Ok(await routers.CheckGateAsync(router, ct))).RequireAuthorization(Policies.Staff);

        group.MapGet("/unmanaged", async Task<IResult> (int id, PeeringHubDbContext db, SessionImportService import, CancellationToken ct) =>
            !await db.Routers.AnyAsync(r => r.Id == id, ct) ? NotFound(id) : FromRouter(await import.ListUnmanagedAsync(id, ct))).RequireAuthorization(Policies.Staff);

        group.MapPost("/import", async Task<IResult> (int id, ImportRequest body, PeeringHubDbContext db, SessionImportService import, CancellationToken ct) =>
        {
            if (!await db.Routers.AnyAsync(r => r.Id == id, ct)) return NotFound(id);
            var names = body.Names?.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();
            if (names is not { Count: > 0 } && !body.All)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["names"] = ["Give the router's names of the sessions to import, or \"all\": true."] });
            if (names is { Count: > 0 } && body.All)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["names"] = ["Give names or \"all\": true, not both."] });
            if (names is { Count: > 5000 })
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["names"] = ["At most 5000 sessions per call."] });
            return FromRouter(await import.ImportAsync(id, body.All ? null : names, ct));
        }).RequireAuthorization(Policies.Operate);
        return api;
    }

    static IResult NotFound(int id) => TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"Router {id} does not exist.");

    static IResult FromRouter<T>(RouterResult<T> result) => result.Succeeded
        ? TypedResults.Ok(result.Value)
        : TypedResults.Problem(statusCode: result.Error is RouterErrorKind.Timeout ? 504 : result.Error is RouterErrorKind.InvalidInput ? 400 : 502,
            title: $"Router: {result.Error}", detail: result.Message);
}
