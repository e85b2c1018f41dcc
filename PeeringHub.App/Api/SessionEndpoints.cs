using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Api;

/// <summary>/api/sessions: list with filters, CRUD (the same validation as the wizard), state history.</summary>
public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sessions").WithTags("Sessions");
        group.MapGet("/", async (PeeringHubDbContext db, int? router, BgpState? state, long? asn, int? exchange, SessionType? type, string? search, CancellationToken ct) =>
        {
            var filter = new SessionFilter(router, state, asn, exchange, type, search);
            var rows = await SessionFilter.WithNames(filter.Apply(db.Sessions.AsNoTracking())).OrderBy(s => s.Id).ToListAsync(ct);
            return TypedResults.Ok(rows.Select(SessionDto.From).ToList());
        }).RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:int}", async Task<Results<Ok<SessionDto>, NotFound>> (int id, PeeringHubDbContext db, CancellationToken ct) =>
            await SessionFilter.WithNames(db.Sessions.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id, ct) is { } s ? TypedResults.Ok(SessionDto.From(s)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:int}/history", async Task<Results<Ok<List<SessionStateChangeDto>>, NotFound>> (int id, PeeringHubDbContext db, int? take, CancellationToken ct) =>
        {
            if (!await db.Sessions.AnyAsync(s => s.Id == id, ct)) return TypedResults.NotFound();
            var rows = await db.SessionStateChanges.AsNoTracking().Where(c => c.SessionId == id).OrderByDescending(c => c.Id).Take(Math.Clamp(take ?? 200, 1, 5000)).ToListAsync(ct);
            return TypedResults.Ok(rows.Select(SessionStateChangeDto.From).ToList());
        }).RequireAuthorization(Policies.Staff);
        group.MapPost("/", async (SessionInput input, EntityEditor<BgpSession, SessionInput> editor, CancellationToken ct) =>
            CrudEndpoints.ToHttp(await editor.CreateAsync(input, ct), SessionDto.From, created: true)).RequireAuthorization(Policies.Operate);
        group.MapPut("/{id:int}", async (int id, SessionInput input, EntityEditor<BgpSession, SessionInput> editor, CancellationToken ct) =>
            CrudEndpoints.ToHttp(await editor.UpdateAsync(id, input, ct), SessionDto.From, created: false)).RequireAuthorization(Policies.Operate);
        group.MapDelete("/{id:int}", async (int id, Guid? version, EntityEditor<BgpSession, SessionInput> editor, CancellationToken ct) =>
            CrudEndpoints.ToHttp(await editor.DeleteAsync(id, version, ct), SessionDto.From, created: false, deleted: true)).RequireAuthorization(Policies.Admin);
        return group;
    }
}
