using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Tests.PeeringManager;

namespace PeeringHub.Tests.Components;

/// <summary>
/// What a page's circuit has in the App, inside a bUnit context: Core and the peering manager on an in-memory SQLite database
/// with the real migrations (the container owns and closes the connection), the App's UnitOfWork and CurrentActor, a signed-in
/// user, and an interactive renderer (the pages follow live feeds only when interactive).
/// </summary>
public static class PeeringManagerTestServices
{
    public static void AddAppServices(this BunitContext ctx, string user = "admin", params string[] roles)
    {
        var services = ctx.Services;
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddPeeringHubCore("Data Source=:memory:");
        services.AddPeeringManager();
        services.AddSingleton(_ =>
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open(); // one open connection keeps the in-memory database alive across contexts
            return connection;
        });
        services.AddDbContextFactory<PeeringHubDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<SqliteConnection>()), ServiceLifetime.Scoped);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<UnitOfWork>();
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(roles.Length == 0 ? [PeeringHub.Core.Domain.Roles.Admin] : roles);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Migrates the database and runs <paramref name="work"/> in a scope of its own, as a page's UnitOfWork does.</summary>
    public static async Task<T> RunAsync<T>(this BunitContext ctx, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = ctx.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        await db.Database.MigrateAsync();
        return await work(scope.ServiceProvider);
    }

    public static Task<PmScenario> SeedPeeringScenarioAsync(this BunitContext ctx) =>
        ctx.RunAsync(sp => PmScenario.SeedAsync(sp.GetRequiredService<PeeringHubDbContext>(), DateTime.UtcNow));
}
