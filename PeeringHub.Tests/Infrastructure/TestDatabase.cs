using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>An in-memory SQLite database with the real migrations applied, plus Core's services, for one test.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    readonly SharedMemoryDatabase database = new();
    public ServiceProvider Services { get; }

    /// <param name="configure">Adds services on top of Core (e.g. the router drivers for a lab test).</param>
    public TestDatabase(string actor = "tester", Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddPeeringHubCore(database.ConnectionString);
        services.AddSingleton<ICurrentActor>(new FixedActor(actor));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Database.Migrate();
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public PeeringHubDbContext NewContext() => Services.CreateScope().ServiceProvider.GetRequiredService<PeeringHubDbContext>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await database.DisposeAsync();
    }
}
