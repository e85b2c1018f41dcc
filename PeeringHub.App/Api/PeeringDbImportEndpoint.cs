using Microsoft.AspNetCore.Http.Features;
using PeeringHub.App.Auth;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.App.Api;

/// <summary>
/// <c>POST /api/peeringdb/import</c>: PeeringDB API dumps as multipart files (one per object type, named <c>net.json</c> or sent
/// in a field named after the type), read into the local mirror by the same import as the sync. Admin/Operator only; audited.
/// </summary>
public static class PeeringDbImportEndpoint
{
    public static RouteHandlerBuilder MapPeeringDbImport(this RouteGroupBuilder pdb) =>
        pdb.MapPost("/import", async Task<IResult> (HttpRequest request, bool? replace, PeeringDbImportService import, CancellationToken ct) =>
        {
            if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
                return TypedResults.Problem(statusCode: 415, title: "Send multipart/form-data",
                    detail: "Upload the PeeringDB dumps as files, e.g. curl -F net=@net.json -F netixlan=@netixlan.json …/api/peeringdb/import.");
            var max = import.MaxBytes;
            if (request.ContentLength > max) return TooLarge(request.ContentLength.Value, max);
            // The cap is the import's own setting, not Kestrel's 30 MB default; set before the body is read.
            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max + 64 * 1024;
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = max + 64 * 1024 }));
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (InvalidDataException ex)
            {
                return TypedResults.Problem(statusCode: 413, title: "Upload too large", detail: ex.Message);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == 413)
            {
                return TooLarge(null, max);
            }

            var uploads = new List<PeeringDbUpload>();
            foreach (var file in form.Files)
            {
                if (PeeringDbUpload.EndpointOf(file.FileName, file.Name) is not { } endpoint)
                    return TypedResults.Problem(statusCode: 400, title: "Unknown PeeringDB object type",
                        detail: $"'{file.FileName}' (field '{file.Name}') names no PeeringDB object type; name the file or the field one of: " +
                                string.Join(", ", PdbEndpoints.All.Select(e => e.Name)) + ".");
                using var copy = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
                await file.CopyToAsync(copy, ct);
                uploads.Add(new PeeringDbUpload(file.FileName, endpoint, copy.ToArray()));
            }
            var outcome = await import.ImportAsync(uploads, replace ?? true, ct);
            if (outcome.Rejected is { } why)
                return TypedResults.Problem(statusCode: outcome.TooLarge ? 413 : 400, title: "The PeeringDB files were refused",
                    detail: why + " Nothing was imported.");
            return outcome.Success ? TypedResults.Ok(outcome.Result)
                : TypedResults.Problem(statusCode: 422, title: "The PeeringDB import failed", detail: string.Join("; ", outcome.Result!.Errors),
                    extensions: new Dictionary<string, object?> { ["result"] = outcome.Result });
        })
        // No Accepts(multipart) metadata: routing would answer 415 before authorization, telling anonymous callers the endpoint
        // exists; the handler checks the content type after the policy has run.
        .WithSummary("Import PeeringDB API dumps (multipart/form-data: one file per object type, e.g. -F net=@net.json)")
        .Produces<PeeringDbSyncResult>()
        .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422)
        .RequireAuthorization(Policies.Operate);

    static IResult TooLarge(long? size, long max) =>
        TypedResults.Problem(statusCode: 413, title: "Upload too large",
            detail: (size is { } s ? $"{s:N0} bytes sent; " : "") + $"at most {max:N0} bytes are accepted (PeeringHub:PeeringDb:MaxImportBytes).");
}
