using Microsoft.EntityFrameworkCore;
using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Matrix;

namespace PeeringHub.App.Api;

/// <summary>sFlow evidence over HTTP: detected pairs by state, the peering matrix, collector and per-agent counters.</summary>
public static class SflowEndpoints
{
    /// <param name="RouteServer">Cells peering only through the route servers.</param>
    /// <param name="Bilateral">Cells with an established bilateral session (BGP messages seen) and no route-server peering.</param>
    /// <param name="Refused">Cells where sFlow shows one member trying and the other refusing.</param>
    /// <param name="Unconfirmed">Cells with TCP/179 seen but no session messages yet.</param>
    /// <param name="Inconclusive">Cells whose samples all had headers too short to tell.</param>
    public sealed record MatrixCounts(int RouteServer, int Bilateral, int Both, int Refused, int Unconfirmed, int Inconclusive);
    public sealed record MatrixResponse(int PeeringLanId, int AddressFamily, IReadOnlyList<MatrixMember> Members, IReadOnlyList<MatrixCell> Cells, MatrixCounts Counts);

    public static RouteGroupBuilder MapSflowApi(this RouteGroupBuilder api)
    {
        api.MapGet("/detected-sessions", async (int? lan, DetectedSessionState? state, PeeringMatrixService matrix, CancellationToken ct) =>
            TypedResults.Ok(await matrix.GetDetectedSessionsAsync(lan, ct, state))).WithTags("sFlow").RequireAuthorization(Policies.Staff);

        api.MapGet("/peering-matrix", async Task<IResult> (int lan, int? af, PeeringMatrixService matrix, PeeringMatrixAccess access, HttpContext http, PeeringHubDbContext db, CancellationToken ct) =>
        {
            var family = af ?? 4;
            if (family is not (4 or 6)) return TypedResults.Problem(statusCode: 400, title: "Invalid address family", detail: "af must be 4 or 6.");
            var l = await db.PeeringLans.AsNoTracking().FirstOrDefaultAsync(x => x.Id == lan, ct);
            if (l is null || !l.PeeringMatrixEnabled) return TypedResults.Problem(statusCode: 404, title: "No matrix", detail: "This LAN does not exist or is not in the peering matrix.");
            if (!access.MayView(http.User)) return TypedResults.Problem(statusCode: 403, title: "Forbidden", detail: "The peering matrix is not open to members here.");
            var m = await matrix.GetMatrixAsync(lan, family, ct);
            int Detected(DetectedSessionState s) => m.Cells.Count(c => c.Detected == s);
            return TypedResults.Ok(new MatrixResponse(m.PeeringLanId, m.AddressFamily, m.Members, m.Cells,
                new MatrixCounts(m.Count(PeeringKind.RouteServer), m.Count(PeeringKind.Bilateral), m.Count(PeeringKind.Both),
                    Detected(DetectedSessionState.Refused), Detected(DetectedSessionState.Unconfirmed), Detected(DetectedSessionState.Inconclusive))));
        }).WithTags("sFlow");

        api.MapGet("/sflow/status", (SflowCollectorService collector) => TypedResults.Ok(collector.GetStatus()))
            .WithTags("sFlow").RequireAuthorization(Policies.Staff);

        api.MapGet("/sflow/agents", (SflowPipeline pipeline) => TypedResults.Ok(pipeline.Agents.Snapshot()))
            .WithTags("sFlow").RequireAuthorization(Policies.Staff);

        api.MapGet("/sflow/warnings", (SflowCollectorService collector) => TypedResults.Ok(collector.Warnings()))
            .WithTags("sFlow").RequireAuthorization(Policies.Staff);

        api.MapGet("/sflow/pairs", async (int? lan, DetectedSessionState? state, PeeringMatrixService matrix, CancellationToken ct) =>
            TypedResults.Ok(await matrix.GetDetectedSessionsAsync(lan, ct, state))).WithTags("sFlow").RequireAuthorization(Policies.Staff);

        // "why is this pair not established": one pair by LAN and its two addresses, in either order
        api.MapGet("/sflow/pairs/explain", async Task<IResult> (int lan, string a, string b, PeeringMatrixService matrix, CancellationToken ct) =>
        {
            if (!IpPrefix.TryParseAddress(a, out var x) || !IpPrefix.TryParseAddress(b, out var y) || x.AddressFamily != y.AddressFamily)
                return TypedResults.Problem(statusCode: 400, title: "Invalid addresses",
                    detail: "a and b must be two IP addresses of the same family (IPv4 as four decimal octets without leading zeros).");
            var pair = await matrix.GetPairAsync(lan, x, y, ct);
            return pair is null
                ? TypedResults.Problem(statusCode: 404, title: "Never seen",
                    detail: "sFlow has seen no TCP/179 between these addresses on this LAN within the window: check that both are members of a matrix LAN with the right VLAN and that the switches sample this traffic.")
                : TypedResults.Ok(pair);
        }).WithTags("sFlow").RequireAuthorization(Policies.Staff);
        return api;
    }
}
