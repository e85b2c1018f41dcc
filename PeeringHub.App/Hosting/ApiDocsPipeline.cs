using Microsoft.AspNetCore.Authorization;
using PeeringHub.App.Auth;

namespace PeeringHub.App.Hosting;

/// <summary>
/// Swagger UI for signed-in staff at /api-docs, reading /api-docs/v1.json with their cookie; scripts keep using
/// /openapi/v1.json with a token. Anyone else is sent to the login (or gets 403 when signed in without a staff role).
/// </summary>
public static class ApiDocsPipeline
{
    public const string Path = "/api-docs";

    public static WebApplication UseApiDocs(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch =>
        {
            branch.Use(async (context, next) =>
            {
                var auth = context.RequestServices.GetRequiredService<IAuthorizationService>();
                if ((await auth.AuthorizeAsync(context.User, Policies.Staff)).Succeeded) { await next(); return; }
                if (context.User.Identity?.IsAuthenticated == true) context.Response.StatusCode = StatusCodes.Status403Forbidden;
                else context.Response.Redirect("/account/login?returnUrl=" + Uri.EscapeDataString(Path));
            });
            branch.UseSwaggerUI(o =>
            {
                o.RoutePrefix = Path.TrimStart('/');
                o.SwaggerEndpoint(Path + "/v1.json", "PeeringHub API v1");
                o.DocumentTitle = "PeeringHub API";
            });
        });
        return app;
    }
}
