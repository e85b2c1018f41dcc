namespace PeeringHub.App.Hosting;

/// <summary>
/// Headers on every response. The page CSP allows what Blazor Server and the component libraries need and nothing more:
/// scripts from our origin only, styles from our origin plus inline style attributes (the components set them), the circuit's
/// WebSocket to our own origin ('self' covers ws/wss of the same host in CSP 3), images and fonts from us or data: URLs.
/// </summary>
public static class SecurityHeaders
{
    public const string PageCsp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h.XFrameOptions = "DENY";
            if (!ApiProblems.IsApi(context)) h.ContentSecurityPolicy = PageCsp;
            return Task.CompletedTask;
        });
        await next();
    });
}
