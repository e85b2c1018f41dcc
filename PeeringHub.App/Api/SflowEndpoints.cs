using Microsoft.EntityFrameworkCore;
using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Matrix;

namespace PeeringHub.App.Api;

/// <summary>sFlow evidence over HTTP: detected sessions, the peering matrix, collector counters.</summary>
public static class SflowEndpoints
{
    public sealed record MatrixCounts(int RouteServer, int Bilateral, int Both);
    public sealed record MatrixResponse(int PeeringLanId, int AddressFamily, IReadOnlyList<MatrixMember> Members, IReadOnlyList<MatrixCell> Cells, MatrixCounts Counts);

    public static RouteGroupBuilder MapSflowApi(this RouteGroupBuilder api)
    {
        api.MapGet("/detected-sessions", async (int? lan, PeeringMatrixService matrix, CancellationToken ct) =>
            TypedResults.Ok(await matrix.GetDetectedSessionsAsync(lan, ct))).WithTags("sFlow").RequireAuthorization(Policies.Staff);

        api.MapGet("/peering-matrix", async Task<IResult> (int lan, int? af, PeeringMatrixService matrix, PeeringMatrixAccess access, HttpContext http, PeeringHubDbContext db, CancellationToken ct) =>
        {
            var family = af ?? 4;
            if (family is not (4 or 6)) return TypedResults.Problem(statusCode: 400, title: "Invalid address family", detail: "af must be 4 or 6.");
            var l = await db.PeeringLans.AsNoTracking().FirstOrDefaultAsync(x => x.Id == lan, ct);
            if (l is null || !l.PeeringMatrixEnabled) return TypedResults.Problem(statusCode: 404, title: "No matrix", detail: "This LAN does not exist or is not in the peering matrix.");
            if (!access.MayView(http.User)) return TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: "The peering matrix is not open to members here.");
            var m = await matrix.GetMatrixAsync(lan, family, ct);
            return TypedResults.Ok(new MatrixResponse(m.PeeringLanId, m.AddressFamily, m.Members, m.Cells,
                new MatrixCounts(m.Count(PeeringKind.RouteServer), m.Count(PeeringKind.Bilateral), m.Count(PeeringKind.Both))));
        }).WithTags("sFlow");

        api.MapGet("/sflow/status", (SflowCollectorService collector) => TypedResults.Ok(collector.GetStatus()))
            .WithTags("sFlow").RequireAuthorization(Policies.Staff);
        return api;
    }
}
