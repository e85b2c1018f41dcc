using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Reference.Irr;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>In-memory SQLite with the real migrations, Core plus the peering manager, a hand-moved clock and optional configuration.</summary>
public sealed class PmTestDb : IAsyncDisposable
{
    readonly SharedMemoryDatabase database = new();
    internal ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    public ServiceProvider Services { get; }

    public PmTestDb(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPeeringHubCore(database.ConnectionString);
        services.AddPeeringManager();
        services.AddSingleton<ICurrentActor>(new FixedActor("tester"));
        services.AddSingleton<TimeProvider>(Clock);
        Services = services.BuildServiceProvider();
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Database.Migrate();
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Points the peering manager's mail at a test SMTP server on loopback, from our NOC address.</summary>
    public Task UseSmtpAsync(int port) => RunAsync(async sp =>
    {
        var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
        var settings = await store.GetAsync();
        (settings.SmtpHost, settings.SmtpPort, settings.MailFrom) = ("127.0.0.1", port, "noc@as64500.example");
        await store.SaveAsync(sp.GetRequiredService<PeeringHubDbContext>(), settings, null);
        return true;
    });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await database.DisposeAsync();
    }
}
