using Microsoft.EntityFrameworkCore;
using PeeringHub.App.Auth;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;

namespace PeeringHub.App.Api;

/// <summary>The REST API under /api: token-authenticated, described in /openapi/v1.json.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapPeeringHubApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.ApiUser).DisableAntiforgery();
        api.MapCrud<Router, RouterInput, RouterDto>("/routers", q => q, RouterDto.From, Policies.Staff, Policies.Operate);
        api.MapCrud<Network, NetworkInput, NetworkDto>("/networks", q => q, NetworkDto.From, Policies.Staff, Policies.Operate);
        api.MapCrud<Exchange, ExchangeInput, ExchangeDto>("/exchanges", q => q.Include(x => x.Lans), ExchangeDto.From, Policies.Staff, Policies.Operate);
        api.MapCrud<PeeringLan, PeeringLanInput, PeeringLanDto>("/peering-lans", q => q, PeeringLanDto.From, Policies.Staff, Policies.Operate);
        api.MapSessionApi();
        api.MapSessionActionApi();
        api.MapRouterDriverApi();
        api.MapRouterImportApi();
        api.MapSessionConfigApi();
        api.MapCrud<Member, MemberInput, MemberDto>("/members", q => q, MemberDto.From, Policies.Staff, Policies.Operate);
        api.MapCrud<PeerGroup, PeerGroupInput, PeerGroupDto>("/peer-groups", q => q, PeerGroupDto.From, Policies.Staff, Policies.Operate);
        api.MapReferenceApi();
        api.MapSflowApi();
        api.MapPeeringManagerApi();
        api.MapAuditApi();
        api.MapUserApi();
        api.MapTestMailApi();
        return app;
    }

    static void MapAuditApi(this RouteGroupBuilder api) =>
        api.MapGet("/audit", async (PeeringHubDbContext db, string? user, string? objectType, string? objectId, DateTime? since, int? take, CancellationToken ct) =>
        {
            var query = AuditQuery.Filter(db.AuditEntries.AsNoTracking(), user, objectType, objectId, since);
            var rows = await query.OrderByDescending(a => a.Id).Take(Math.Clamp(take ?? 100, 1, 1000)).ToListAsync(ct);
            return TypedResults.Ok(rows.Select(AuditEntryDto.From).ToList());
        }).WithTags("Audit").RequireAuthorization(Policies.Staff);
}
