using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Security;
using PeeringHub.Core.Settings;
using PeeringHub.Core.Users;

namespace PeeringHub.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Domain services, validators, the database and settings of PeeringHub.Core.</summary>
    public static IServiceCollection AddPeeringHubCore(this IServiceCollection services, string connectionString)
    {
        services.AddOptions<PeeringHubOptions>().BindConfiguration(PeeringHubOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // EF warns at every start that creates a database: some migrations rebuild SQLite tables outside a transaction. A new
        // database has nothing to lose, and an existing one is copied first (DatabaseUpgradeBackup), so the note is information.
        services.AddDbContextFactory<PeeringHubDbContext>(o => o.UseSqlite(connectionString)
            .ConfigureWarnings(w => w.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning, Microsoft.Extensions.Logging.LogLevel.Information))),
            ServiceLifetime.Scoped);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddScoped(typeof(EntityEditor<,>));
        services.TryAddScoped<Inventory.ImportedEntityValidator>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<SecretRevealService>();
        services.AddOptions<Sessions.SessionOptions>().BindConfiguration(Sessions.SessionOptions.Section);
        services.AddSingleton<Sessions.SessionStateFeed>();
        services.AddSingleton<Sessions.UnmanagedSessions>();
        services.AddSingleton<Sessions.RouterPollFeed>();
        services.AddSingleton<Sessions.SessionCatalogFeed>();
        services.AddSingleton<Inventory.LanMembershipFeed>();
        services.AddScoped<Sessions.SessionStateRecorder>();
        services.AddSingleton<Sessions.ObservedStateWriter>();
        services.AddScoped<Sessions.SessionActionService>();
        services.AddScoped<Sessions.UnmanagedSessionImporter>();
        services.AddScoped<Sessions.Wizard.SessionWizardService>();
        services.AddScoped<Sessions.Wizard.WizardPeerLookup>();
        services.AddScoped<DemoSeeder>();
        services.TryAddSingleton<DemoMode>();
        services.AddScoped<DatabaseInitializer>();
        services.AddValidatorsOf(typeof(CoreServiceCollectionExtensions).Assembly);
        return services;
    }

    /// <summary>Registers every AbstractValidator in the assembly as IValidator&lt;T&gt; (scoped: validators read the database).</summary>
    public static IServiceCollection AddValidatorsOf(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        var validators = assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).Select(i => (i, t)));
        foreach (var (contract, implementation) in validators)
            services.TryAddScoped(contract, implementation);
        return services;
    }
}
