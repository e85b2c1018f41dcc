using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Reference;

namespace PeeringHub.Tests.Reference.Ixf;

/// <summary>Migrated database with AddReferenceData services and helpers to create exchanges and read fixtures.</summary>
internal sealed class IxfHarness : IAsyncDisposable
{
    public static readonly string Fixtures = ReferenceTestPaths.Fixtures("Ixf");
    public ReferenceTestDb Db { get; } = new();
    public ServiceProvider Services { get; }

    public IxfHarness()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ICurrentActor>(new FixedActor("ixf-test"));
        services.AddDbContext<PeeringHubDbContext>(o => o.UseSqlite(Db.Connection));
        services.AddReferenceData(new ConfigurationBuilder().Build(), scheduler: false);
        Services = services.BuildServiceProvider();
    }

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(Fixtures, name));

    public async Task<int> NewExchangeAsync(string name = "PH-IX")
    {
        await using var db = Db.NewContext();
        var ex = new Exchange { Name = name };
        db.Exchanges.Add(ex);
        await db.SaveChangesAsync();
        return ex.Id;
    }

    public async Task<T> InScope<T, TService>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Members of an exchange as comparable text: "LAN vlan AS v4 v6 rs".</summary>
    public async Task<List<string>> MembersAsync(int exchangeId)
    {
        await using var db = Db.NewContext();
        return (await db.Members.Include(m => m.Network).Include(m => m.PeeringLan)
                .Where(m => m.PeeringLan!.ExchangeId == exchangeId).ToListAsync())
            .Select(m => $"{m.PeeringLan!.VlanId} AS{m.Network!.Asn} {m.Ipv4Address} {m.Ipv6Address} {(m.IsRouteServerClient ? "rs" : "-")}")
            .Order().ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Db.Dispose();
    }
}
