using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.App.Components.Pages.Sessions;
using PeeringHub.App.Components.Shared;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;

namespace PeeringHub.Tests.Components;

/// <summary>
/// A page rendered as the app renders it: interactive, on a real (in-memory SQLite, migrated) database with Core's
/// services (<see cref="AppDatabaseServices"/>) and the app's own page services, signed in with the given policies.
/// </summary>
public abstract class AppComponentTest : MudComponentTest
{
    protected BunitAuthorizationContext Auth { get; }

    protected AppComponentTest()
    {
        Ctx.Services.AddAppDatabase();
        Ctx.Services.AddScoped<CrudActions>();
        Ctx.Services.AddScoped<SessionBoardActions>();
        Ctx.Services.AddSingleton<LiveSessionRows>();
        Auth = Ctx.AddAuthorization();
    }

    /// <summary>Renders as over a circuit (interactive) or as prerendering does; call after every service is registered.</summary>
    protected void RenderMode(bool interactive) =>
        Ctx.SetRendererInfo(interactive ? new RendererInfo("Server", isInteractive: true) : new RendererInfo("Static", isInteractive: false));

    protected async Task SeedDemoAsync()
    {
        await using var scope = Ctx.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    protected T InScope<T>(Func<PeeringHubDbContext, T> read)
    {
        using var scope = Ctx.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>());
    }

    protected void SignInAs(string user, params string[] policies)
    {
        Auth.SetAuthorized(user);
        Auth.SetPolicies(policies);
    }

}
