using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeeringHub.Core.Reference.Irr;
using PeeringHub.Core.Reference.Ixf;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Core.Reference;

/// <summary>DI wiring of the reference-data importers (PeeringDB, IX-F, IRR). The caller registers PeeringHubDbContext.</summary>
public static class ReferenceDataServiceCollectionExtensions
{
    /// <param name="scheduler">Registers the PeeringDB scheduled-sync BackgroundService (off in tests and tools).</param>
    public static IServiceCollection AddReferenceData(this IServiceCollection services, IConfiguration configuration, bool scheduler = true)
    {
        services.Configure<PeeringDbOptions>(configuration.GetSection(PeeringDbOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        // PeeringDbOptions.RequestTimeout bounds each request; the default 100 s client timeout would cut a full netixlan pull.
        services.AddHttpClient<PeeringDbClient>(c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<PeeringDbSyncProgress>();
        services.AddScoped<PeeringDbLinkService>();
        services.AddScoped<PeeringDbSyncService>();
        services.AddScoped<PeeringDbImportService>();
        services.AddScoped<Data.Seeding.IDemoDataStep, Data.Seeding.Demo.DemoPeeringDbStep>();
        services.Configure<IrrOptions>(configuration.GetSection(IrrOptions.Section));
        services.TryAddSingleton<Data.Seeding.DemoMode>();
        services.AddSingleton<Irr.Demo.DemoIrrSource>();
        services.AddHostedService(sp => sp.GetRequiredService<Irr.Demo.DemoIrrSource>());
        services.AddSingleton<IrrExpansionService>();
        services.AddScoped<AsSetService>();
        services.AddHttpClient(IxfImportService.HttpClientName, c => c.Timeout = TimeSpan.FromMinutes(2));
        services.AddScoped<IxfImportService>();
        // Imports are judged by the API's validators (see ImportedEntityValidator); idempotent with AddPeeringHubCore.
        services.TryAddScoped<Inventory.ImportedEntityValidator>();
        services.AddValidatorsOf(typeof(CoreServiceCollectionExtensions).Assembly);
        services.AddScoped<IxfExportService>();
        if (scheduler)
            services.AddHostedService<PeeringDbSyncScheduler>();
        return services;
    }
}
