using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PeeringHub.App.Api;
using PeeringHub.App.Auth;
using PeeringHub.App.Components;
using PeeringHub.App.Hosting.KeyRing;
using PeeringHub.Core.Data.Seeding;

namespace PeeringHub.App.Hosting;

public static class AppPipeline
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    public static WebApplication UsePeeringHub(this WebApplication app)
    {
        app.LogKeyRingStatus();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        // A fresh scope per re-execution: the page ran in this request once already (net10 otherwise reuses its NavigationManager).
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseErrorPagesAsGet();
        // Inside the page handlers: /api answers its own errors as problem JSON and turns the HTML status page off.
        app.UseApiProblems();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapOpenApi().RequireAuthorization(Policies.ApiUser);
        // The same document for the API docs page, with the signed-in staff member's cookie.
        app.MapOpenApi(ApiDocsPipeline.Path + "/{documentName}.json").RequireAuthorization(Policies.Staff);
        app.UseApiDocs();
        app.MapAccountEndpoints();
        app.MapPeeringHubApi();
        app.MapHub<Hubs.SessionsHub>(Hubs.SessionsHub.Path);
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }
}
