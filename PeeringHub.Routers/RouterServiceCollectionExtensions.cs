using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Settings;
using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Frr;
using PeeringHub.Routers.Resilience;
using PeeringHub.Routers.Service;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Routers;

/// <summary>DI registration of the router layer. Needs an <c>ISecretProtector</c> from Core.</summary>
public static class RouterServiceCollectionExtensions
{
    /// <summary>Registers the drivers (BIRD 2, FRR), registry, transports, <see cref="RouterClient"/> and
    /// <see cref="RouterConnectionService"/>. A new platform is one more <c>AddSingleton&lt;IRouterDriver, X&gt;()</c>.</summary>
    public static IServiceCollection AddRouterDrivers(this IServiceCollection services, Action<RouterOptions>? configure = null)
    {
        var options = services.AddOptions<RouterOptions>().BindConfiguration("Routers");
        if (configure is not null) options.Configure(configure);
        services.AddSingleton<IRouterDriver, BirdDriver>();
        services.AddSingleton<IRouterDriver, FrrDriver>();
        // Benchmark-only generated router; absent unless Routers:Synthetic:Enabled is true.
        services.AddOptions<Synthetic.SyntheticOptions>().BindConfiguration("Routers:Synthetic");
        // The demo's simulated routers; absent (their platforms unknown) unless PeeringHub:SeedDemo is on.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Simulated.SimulatedRouters>();
        services.AddSingleton(sp =>
        {
            var drivers = sp.GetServices<IRouterDriver>().ToList();
            var synthetic = sp.GetRequiredService<IOptions<Synthetic.SyntheticOptions>>();
            if (synthetic.Value.Enabled) drivers.Add(new Synthetic.SyntheticDriver(synthetic));
            if (sp.GetRequiredService<IOptions<PeeringHubOptions>>().Value.SeedDemo)
            {
                var (simulated, clock) = (sp.GetRequiredService<Simulated.SimulatedRouters>(), sp.GetRequiredService<TimeProvider>());
                drivers.AddRange([Simulated.SimulatedDriver.Bird2(simulated, clock), Simulated.SimulatedDriver.Frr(simulated, clock)]);
            }
            return new RouterDriverRegistry(drivers);
        });
        services.AddSingleton<RouterTransportFactory>();
        services.AddSingleton(sp => new RouterCallGuard(sp.GetRequiredService<ILogger<RouterCallGuard>>()));
        services.AddSingleton(sp => new HostKeyScanner(sp.GetRequiredService<IOptions<RouterOptions>>().Value));
        services.AddSingleton(sp => new RouterClient(sp.GetRequiredService<RouterDriverRegistry>(),
            sp.GetRequiredService<RouterTransportFactory>(), sp.GetRequiredService<RouterCallGuard>()));
        services.AddSingleton<RouterTargetFactory>();
        services.AddSingleton(sp => new RouterConnectionService(sp.GetRequiredService<RouterClient>(), sp.GetRequiredService<RouterTargetFactory>(),
            sp.GetRequiredService<RouterTransportFactory>(), sp.GetRequiredService<HostKeyScanner>(), sp.GetRequiredService<RouterCallGuard>()));
        return services;
    }
}
