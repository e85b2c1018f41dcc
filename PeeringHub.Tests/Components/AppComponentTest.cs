using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.App.Components.Pages.Sessions;
using PeeringHub.App.Components.Shared;
using PeeringHub.Core;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.Settings;

namespace PeeringHub.Tests.Components;

/// <summary>
/// A page rendered as the app renders it: interactive, on a real (in-memory SQLite, migrated) database with Core's
/// services and the app's own page services, signed in with the given policies.
/// </summary>
public abstract class AppComponentTest : MudComponentTest
{
    readonly SqliteConnection connection = new("Data Source=:memory:");
    protected BunitAuthorizationContext Auth { get; }

    protected AppComponentTest()
    {
        connection.Open();
        var services = Ctx.Services;
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddPeeringHubCore("Data Source=:memory:");
        services.AddDbContextFactory<PeeringHubDbContext>(o => o.UseSqlite(connection), ServiceLifetime.Scoped);
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddOptions<PeeringHubOptions>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<PeeringHub.Core.Audit.ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<UnitOfWork>();
        services.AddScoped<CrudActions>();
        services.AddScoped<SessionBoardActions>();
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

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await connection.DisposeAsync();
    }
}
