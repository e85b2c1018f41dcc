using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Tests.PeeringManager;

namespace PeeringHub.Tests.Components;

/// <summary>
/// What a peering manager page's circuit has in the App, inside a bUnit context: <see cref="AppDatabaseServices"/> plus the
/// peering manager, a signed-in user, and an interactive renderer (the pages follow live feeds only when interactive).
/// </summary>
public static class PeeringManagerTestServices
{
    public static void AddAppServices(this BunitContext ctx, string user = "admin", params string[] roles)
    {
        ctx.Services.AddAppDatabase().AddPeeringManager();
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
