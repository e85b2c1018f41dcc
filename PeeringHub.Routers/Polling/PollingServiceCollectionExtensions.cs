using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Sessions;

namespace PeeringHub.Routers.Polling;

public static class PollingServiceCollectionExtensions
{
    /// <summary>The session-state poller and the router side of session actions.</summary>
    public static IServiceCollection AddSessionPolling(this IServiceCollection services, bool background = true)
    {
        services.AddScoped<IRouterPoller, RouterPoller>();
        services.AddScoped<IRouterSessionCommands, RouterSessionCommands>();
        services.AddScoped<Configuration.SessionConfigurator>();
        if (background) services.AddHostedService<SessionPollingService>();
        return services;
    }
}
