using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Reference;

namespace PeeringHub.Tests.Reference.PeeringDb;

/// <summary>Loopback PeeringDB server + migrated database + the services wired by AddReferenceData, as the app does.</summary>
internal sealed class PeeringDbHarness : IAsyncDisposable
{
    public const string ApiKey = "test-api-key-5f2c9e";

    public PeeringDbTestServer Server { get; private init; } = null!;
    public ReferenceTestDb Db { get; } = new();
    public ListLoggerProvider Logs { get; } = new();
    public ServiceProvider Services { get; private set; } = null!;

    public static async Task<PeeringDbHarness> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var h = new PeeringDbHarness { Server = await PeeringDbTestServer.StartAsync() };
        var config = new Dictionary<string, string?>
        {
            ["PeeringHub:PeeringDb:BaseUrl"] = h.Server.BaseUrl,
            ["PeeringHub:PeeringDb:ApiKey"] = ApiKey,
            ["PeeringHub:PeeringDb:MaxRetryDelay"] = "00:00:05",
        };
        foreach (var (k, v) in settings ?? []) config[k] = v;
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(h.Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<ICurrentActor>(new FixedActor("pdb-test"));
        services.AddDbContext<PeeringHubDbContext>(o => o.UseSqlite(h.Db.Connection));
        services.AddReferenceData(new ConfigurationBuilder().AddInMemoryCollection(config).Build(), scheduler: false);
        h.Services = services.BuildServiceProvider();
        return h;
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope, like one HTTP request of the app.</summary>
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
