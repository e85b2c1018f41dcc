using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Sflow.Collector;

namespace PeeringHub.Sflow.Demo;

public static class DemoSflowServiceCollectionExtensions
{
    /// <summary>
    /// The demo's sFlow sender. In the demo (decided by the database initializer before options are first read) its loopback
    /// agent is accepted besides the configured allow-list, which stays as the operator set it, warnings included.
    /// </summary>
    public static IServiceCollection AddDemoSflowSender(this IServiceCollection services)
    {
        services.AddOptions<SflowOptions>().PostConfigure<DemoMode>((o, demo) =>
        {
            if (demo.IsOn && o.DemoSender && !o.DemoAgents.Contains(DemoSflowSender.Agent.ToString())) o.DemoAgents.Add(DemoSflowSender.Agent.ToString());
        });
        services.AddSingleton<DemoSflowSender>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSflowSender>());
        return services;
    }
}
