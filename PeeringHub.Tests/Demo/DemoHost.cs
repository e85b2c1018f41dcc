using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Core.Reference;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Demo;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Demo;

/// <summary>
/// The demo's services as the app composes them (Core, reference data, peering manager, sFlow collector and demo sender) on an
/// in-memory SQLite database, seeded like a first start: <see cref="DemoSeeder"/>, then every <see cref="IDemoDataStep"/>.
/// The environment is Production, where an empty sFlow allow-list refuses every agent.
/// </summary>
public sealed class DemoHost : IAsyncDisposable
{
    readonly SharedMemoryDatabase database = new();
    readonly List<IHostedService> started = [];
    public ServiceProvider Services { get; }

    public DemoHost(IDictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["PeeringHub:Sflow:Port"] = "0", ["PeeringHub:Sflow:BindAddress"] = "127.0.0.1",
            // Nothing answers here: a name the demo IRR does not hold fails as an unreachable server would.
            ["PeeringHub:Irr:Server"] = "127.0.0.1:9", ["PeeringHub:Irr:Timeout"] = "00:00:03",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddPeeringHubCore(database.ConnectionString);
        services.AddSingleton<ICurrentActor>(new FixedActor("demo-test"));
        services.AddReferenceData(configuration, scheduler: false);
        services.AddSflowCollector(configuration);
        services.AddDemoSflowSender();
        services.AddPeeringManager();
        Services = services.BuildServiceProvider();
    }

    /// <summary>Migrates, seeds the demo with its steps and marks the demo on, as <see cref="DatabaseInitializer"/> does on a first start.</summary>
    public async Task SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        foreach (var step in scope.ServiceProvider.GetServices<IDemoDataStep>().OrderBy(s => s.Order)) await step.RunAsync(default);
        Services.GetRequiredService<DemoMode>().Set(await DemoMode.IsDemoDatabaseAsync(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>()));
    }

    /// <summary>Starts a hosted service (the demo IRR, the collector, the sender) and stops it on dispose.</summary>
    public async Task<T> StartAsync<T>() where T : IHostedService
    {
        var service = Services.GetRequiredService<T>();
        await service.StartAsync(default);
        started.Add(service);
        return service;
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = started.Count - 1; i >= 0; i--) await started[i].StopAsync(default);
        await Services.DisposeAsync();
        await database.DisposeAsync();
    }
}
