using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Sflow.Collector;

namespace PeeringHub.Sflow.Demo;

public static class DemoSflowServiceCollectionExtensions
{
    /// <summary>
    /// The demo's sFlow sender. Its loopback agent joins the allow-list only in the demo, and only where the list would refuse
    /// it (a list that names switches, or Production's empty list); options are read after the database initializer has decided
    /// whether this is the demo.
    /// </summary>
    public static IServiceCollection AddDemoSflowSender(this IServiceCollection services)
    {
        services.AddOptions<SflowOptions>().PostConfigure<DemoMode, IHostEnvironment>((o, demo, env) =>
        {
            if (!demo.IsOn) return;
            var refuses = o.AgentAllowList.Count > 0 || env.IsProduction() && !o.AcceptAnyAgent;
            if (refuses && !o.AgentAllowList.Contains(DemoSflowSender.Agent.ToString())) o.AgentAllowList.Add(DemoSflowSender.Agent.ToString());
        });
        services.AddSingleton<DemoSflowSender>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoSflowSender>());
        return services;
    }
}
