using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Settings;

namespace PeeringHub.Tests.Components;

/// <summary>
/// What a page's circuit has in the App, for bUnit: Core on an in-memory SQLite database with the real migrations (the
/// container owns the one open connection that keeps it alive), the App's CurrentActor and UnitOfWork. The one setup the
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
        return services;
    }
}
