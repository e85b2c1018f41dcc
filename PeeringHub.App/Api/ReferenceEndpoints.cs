using Microsoft.AspNetCore.Http.HttpResults;
using PeeringHub.App.Auth;
using PeeringHub.Core.Reference.Irr;
using PeeringHub.Core.Reference.Ixf;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.App.Api;

/// <summary>PeeringDB sync, IX-F import/export and AS-SETs over HTTP; the work is done by the Core reference services.</summary>
public static class ReferenceEndpoints
{
    public static RouteGroupBuilder MapReferenceApi(this RouteGroupBuilder api)
    {
        var pdb = api.MapGroup("/peeringdb").WithTags("PeeringDB");
        pdb.MapPost("/sync", async (PeeringDbSyncService sync, bool? full, CancellationToken ct) => TypedResults.Ok(await sync.SyncAsync(full ?? false, ct)))
            .RequireAuthorization(Policies.Operate);
        pdb.MapGet("/sync", async (PeeringDbSyncService sync, CancellationToken ct) => TypedResults.Ok(await sync.GetStatusAsync(ct)))
            .RequireAuthorization(Policies.Staff);
        pdb.MapPeeringDbImport();

        var ixf = api.MapGroup("/exchanges/{id:int}").WithTags("IX-F");
        ixf.MapPost("/ixf-import", async Task<IResult> (int id, bool? dryRun, HttpRequest request, IxfImportService import, CancellationToken ct) =>
        {
            if (await LimitedBody.ReadTextAsync(request, LimitedBody.DefaultMaxBytes, ct) is not { } body) return LimitedBody.TooLarge(LimitedBody.DefaultMaxBytes);
            try
            {
                var result = await import.ImportAsync(id, body, dryRun ?? false, null, ct);
                return result.Valid ? TypedResults.Ok(result)
                    : TypedResults.Problem(statusCode: 400, title: "The IX-F document was rejected", detail: string.Join("; ", result.Errors),
                        extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
            }
            catch (KeyNotFoundException ex)
            {
                return TypedResults.Problem(statusCode: 404, title: "Not found", detail: ex.Message);
            }
        }).Accepts<object>("application/json").ProducesProblem(StatusCodes.Status413PayloadTooLarge).RequireAuthorization(Policies.Operate);
        ixf.MapGet("/ixf", async Task<IResult> (int id, int? ixfId, IxfExportService export, CancellationToken ct) =>
        {
            try
            {
                return TypedResults.Text(await export.ExportAsync(id, ixfId ?? 0, ct), "application/json");
            }
            catch (KeyNotFoundException ex)
            {
                return TypedResults.Problem(statusCode: 404, title: "Not found", detail: ex.Message);
            }
        }).RequireAuthorization(Policies.Staff);

        var sets = api.MapGroup("/as-sets").WithTags("AS-SETs");
        sets.MapGet("/{name}", async Task<IResult> (string name, AsSetService service, CancellationToken ct) =>
        {
            if (!AsSetName.IsValid(name)) return TypedResults.Problem(statusCode: 400, title: "Invalid AS-SET name", detail: $"'{name}' is not an RPSL AS-SET name.");
            return await service.GetAsync(name, ct) is { } view ? TypedResults.Ok(view) : TypedResults.Problem(statusCode: 404, title: "Not imported", detail: $"{name} has not been imported yet; POST .../import fetches it.");
        }).RequireAuthorization(Policies.Staff);
        sets.MapPost("/{name}/import", async Task<IResult> (string name, bool? force, AsSetService service, CancellationToken ct) =>
        {
            try
            {
                return TypedResults.Ok(await service.ImportAsync(name, force ?? false, ct));
            }
            catch (IrrException ex)
            {
                return TypedResults.Problem(statusCode: StatusFor(ex.Kind), title: IrrMessages.IsUnreachable(ex.Kind) ? IrrMessages.Unreachable : $"IRR: {ex.Kind}", detail: ex.Message);
            }
        }).RequireAuthorization(Policies.Operate);
        sets.MapPost("/{name}/validate", async (string name, AsSetService service, CancellationToken ct) => TypedResults.Ok(await service.ValidateAsync(name, ct)))
            .RequireAuthorization(Policies.Staff);
        return api;
    }

    static int StatusFor(IrrErrorKind kind) => kind switch
    {
        IrrErrorKind.NotFound => 404,
        IrrErrorKind.InvalidName => 400,
        IrrErrorKind.TooLarge => 422,
        IrrErrorKind.Timeout or IrrErrorKind.Connect => 504,
        _ => 502,
    };
}
