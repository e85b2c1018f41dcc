using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace PeeringHub.App.Hosting;

/// <summary>
/// Every /api error is RFC 7807 JSON with the right status, as the README promises: binding errors (bad JSON, duplicate keys,
/// a query parameter that does not parse) answer 400 with what was wrong, other failures a 500 without internals; empty error
/// answers (401, 404, 405…) get a problem body from the status-code pages, never the HTML status page (which re-executed
/// with the original method and turned a PUT/DELETE binding error into 405).
/// </summary>
public static class ApiProblems
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(IsApi, api =>
        {
            api.Use((context, next) =>
            {
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                return next(context);
            });
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync, StatusCodeSelector = StatusOf });
            api.UseStatusCodePages();
        });

    static int StatusOf(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        JsonException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is null ? 500 : StatusOf(error);
        // A binding error's message says which parameter or JSON path failed; a 500's message could carry internals.
        var detail = status < 500 ? Describe(error!) : "An unexpected error occurred; it was logged.";
        context.Response.StatusCode = status;
        await Results.Problem(statusCode: status, detail: detail).ExecuteAsync(context);
    }

    static string Describe(Exception error) => error.InnerException is JsonException json ? $"{error.Message} {json.Message}" : error.Message;
}
