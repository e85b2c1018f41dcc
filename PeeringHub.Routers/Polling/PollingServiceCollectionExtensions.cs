using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Sessions;

namespace PeeringHub.Routers.Polling;

public static class PollingServiceCollectionExtensions
{
    /// <summary>The session-state poller, the router side of session actions and the wizard's "configure router now".</summary>
    public static IServiceCollection AddSessionPolling(this IServiceCollection services, bool background = true)
    {
        services.AddScoped<IRouterPoller, RouterPoller>();
        services.AddSingleton<TcpMd5Watch>();
        services.AddScoped<IRouterSessionCommands, RouterSessionCommands>();
        services.AddScoped<Configuration.SessionConfigurator>();
        services.AddScoped<Adoption.SessionImportService>();
        services.AddScoped<PeeringHub.Core.Sessions.Wizard.ISessionConfigurator, RouterSessionConfigurator>();
        if (!background) return services;
        services.AddSingleton<SessionPollingService>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionPollingService>());
        services.AddHostedService<StateChangeHintService>();
        return services;
    }
}
