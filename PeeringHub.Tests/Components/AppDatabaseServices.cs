using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Settings;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Components;

/// <summary>
/// What a page's circuit has in the App, for bUnit: Core on an in-memory SQLite database with the real migrations (the
/// container owns it), the App's CurrentActor and UnitOfWork. The one setup the
/// component tests share; each adds its page's own services and the signed-in user.
/// </summary>
public static class AppDatabaseServices
{
    public static IServiceCollection AddAppDatabase(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddOptions<PeeringHubOptions>();
        services.AddPeeringHubCore("Data Source=:memory:");
        // The container creates the database on first use and disposes it with the test's context.
        services.AddSingleton<SharedMemoryDatabase>();
        services.AddDbContextFactory<PeeringHubDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<SharedMemoryDatabase>().ConnectionString), ServiceLifetime.Scoped);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<UnitOfWork>();
        return services;
    }
}
