using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Reference;

namespace PeeringHub.Tests.Reference.Irr;

/// <summary>Loopback IRRd test server + migrated database + AddReferenceData services pointed at the server.</summary>
internal sealed class IrrHarness : IAsyncDisposable
{
    public static readonly string Rpsl = Path.Combine(ReferenceTestPaths.Fixtures("Irr"), "irr.rpsl");

    public IrrTestServer Server { get; } = new(Rpsl);
    public ReferenceTestDb Db { get; } = new();
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
    public ServiceProvider Services { get; }

    public IrrHarness(Dictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["PeeringHub:Irr:Server"] = $"127.0.0.1:{Server.Port}",
            ["PeeringHub:Irr:Sources"] = "RIPE,RADB",
            ["PeeringHub:Irr:Timeout"] = "00:00:05",
        };
        foreach (var (k, v) in settings ?? []) config[k] = v;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentActor>(new FixedActor("irr-test"));
        services.AddDbContext<PeeringHubDbContext>(o => o.UseSqlite(Db.Connection));
        services.AddReferenceData(new ConfigurationBuilder().AddInMemoryCollection(config).Build(), scheduler: false);
        Services = services.BuildServiceProvider();
    }

    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        Db.Dispose();
    }
}
