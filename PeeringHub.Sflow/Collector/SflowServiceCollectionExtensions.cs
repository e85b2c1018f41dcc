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
        // A bad allow-list entry stops the start: ignoring it would refuse that switch's sFlow with no sign why (finding 9).
        services.AddOptions<SflowOptions>().Bind(configuration.GetSection(SflowOptions.Section))
            .Validate(o => o.AgentAllowList.All(a => string.IsNullOrWhiteSpace(a) || PeeringHub.Core.Domain.IpPrefix.TryParseAddress(a, out _)),
                "PeeringHub:Sflow:AgentAllowList: every entry must be an IP address (IPv4 as four decimal octets without leading zeros, e.g. 192.0.2.1, or IPv6).")
            .ValidateOnStart();
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
