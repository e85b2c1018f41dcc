using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeeringHub.Sflow.Detection;
using PeeringHub.Sflow.Matrix;

namespace PeeringHub.Sflow.Collector;

/// <summary>DI registration of the sFlow collector, detection and matrix query service. Needs a registered <c>PeeringHubDbContext</c>.</summary>
public static class SflowServiceCollectionExtensions
{
    public static IServiceCollection AddSflowCollector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SflowOptions>().Bind(configuration.GetSection(SflowOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PeeringHub.Core.Inventory.LanMembershipFeed>();
        services.AddSingleton<SessionAggregator>();
        services.AddSingleton<MemberDirectoryProvider>();
        services.AddSingleton<DetectedSessionStore>();
        services.AddSingleton(sp =>
        {
            var directory = sp.GetRequiredService<MemberDirectoryProvider>();
            return new SflowPipeline(() => directory.Current, sp.GetRequiredService<SessionAggregator>());
        });
        services.AddSingleton<SflowCollectorService>();
        services.AddHostedService(sp => sp.GetRequiredService<SflowCollectorService>());
        services.AddSingleton<PeeringMatrixService>();
        // The peering manager and the matrix read the live pairs, not only what the last flush wrote.
        services.Replace(ServiceDescriptor.Singleton<PeeringHub.Core.PeeringManager.IDetectedPairSource, LiveDetectedPairSource>());
        services.TryAddScoped<PeeringHub.Core.PeeringManager.LanRelationsLoader>();
        return services;
    }
}
