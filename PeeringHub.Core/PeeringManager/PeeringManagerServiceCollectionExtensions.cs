using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeeringHub.Core.Mail;

namespace PeeringHub.Core.PeeringManager;

public static class PeeringManagerServiceCollectionExtensions
{
    /// <summary>The peering manager (tabs, moves, notes, requests) and the mail composer/sender. Needs Core registered.</summary>
    public static IServiceCollection AddPeeringManager(this IServiceCollection services)
    {
        services.AddOptions<PeeringManagerOptions>().BindConfiguration(PeeringManagerOptions.Section);
        services.AddSingleton<PeeringManagerFeed>();
        services.AddSingleton<PeeringManagerSettingsStore>();
        services.AddScoped<PeeringManagerService>();
        services.TryAddScoped<IDetectedPairSource, StoredDetectedPairSource>();
        services.TryAddScoped<LanRelationsLoader>();
        services.AddScoped<Onboarding.GettingStartedChecklist>();
        services.AddScoped<PeeringRequestService>();
        services.AddScoped<PeerMailComposer>();
        services.AddScoped<PeerMailService>();
        services.AddScoped<MailRecipientPolicy>();
        services.AddSingleton<MailRateLimiter>();
        services.AddScoped<SmtpMailSender>();
        services.AddScoped<TestMailService>();
        services.AddOptions<MailTransportOptions>().BindConfiguration(MailTransportOptions.Section);
        return services;
    }
}
