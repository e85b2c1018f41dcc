using Microsoft.AspNetCore.Diagnostics;

namespace PeeringHub.App.Hosting;

/// <summary>
/// The error and status pages are pages: re-executed for a failed POST or PUT they must still render. With the request's own
/// method, Blazor took the re-executed request for a form post without its antiforgery token (or a method no page has) and
/// failed in turn, so the user got an empty 400, 405 or 500 instead of the page.
/// </summary>
public static class ErrorPagesAsGet
{
    public static IApplicationBuilder UseErrorPagesAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            context.Request.Method = HttpMethods.Get;
        return next(context);
    });
}
