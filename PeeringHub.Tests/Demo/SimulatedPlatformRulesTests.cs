using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Demo;

/// <summary>The simulated platform is never chosen for a router (only the demo seed makes one, and an edit keeps it), and it is
/// refused altogether when the demo is off; documentation ASNs are ordinary public ASNs for sessions, private ones are not.</summary>
[Trait("Kind", "Unit")]
public class SimulatedPlatformRulesTests
{
    static TestDatabase Database(bool seedDemo) => new(configure: s => s.AddSingleton<IConfiguration>(new ConfigurationBuilder()
        .AddInMemoryCollection([KeyValuePair.Create("PeeringHub:SeedDemo", (string?)seedDemo.ToString())]).Build()));

    static async Task<Dictionary<string, string[]>> Errors<T>(TestDatabase database, T input)
    {
        await using var scope = database.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<IValidator<T>>().ValidateAsync(input);
        return result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
    }

    static async Task<Router> SeedAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        await using var db = database.NewContext();
        return db.Routers.Single(r => r.Name == "edge1.fra");
    }

    [Theory]
    [InlineData(RouterPlatform.SimulatedBird2, RouterTransport.Simulated)]
    [InlineData(RouterPlatform.SimulatedFrr, RouterTransport.Simulated)]
    [InlineData(RouterPlatform.SimulatedFrr, RouterTransport.Ssh)]
    public async Task ANewRouter_CannotBeSimulated(string platform, RouterTransport transport)
    {
        await using var database = Database(seedDemo: true);
        var errors = await Errors(database, new RouterInput { Name = "lab1", Platform = platform, Transport = transport, Address = "192.0.2.9", SshUser = "ph", SshPassword = "pw", LocalAsn = 64500 });
        Assert.Contains("The simulated platforms belong to the demo's routers only; choose bird2 or frr.", errors["Platform"]);
    }

    [Fact]
    public async Task ARealRouter_CannotBecomeSimulated_NorUseTheSimulatedTransport()
    {
        await using var database = Database(seedDemo: true);
        await using (var db = database.NewContext())
        {
            db.Routers.Add(new Router { Name = "real1", Platform = RouterPlatform.Bird2, Address = "192.0.2.9", SshUser = "ph", SshPasswordProtected = "x", LocalAsn = 64500 });
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var real = RouterInput.From(read.Routers.Single(r => r.Name == "real1"));
        real.SshPassword = "pw";
        Assert.Empty(await Errors(database, real));
        real.Platform = RouterPlatform.SimulatedBird2;
        real.Transport = RouterTransport.Simulated;
        Assert.Contains("The simulated platforms belong to the demo's routers only; choose bird2 or frr.", (await Errors(database, real))["Platform"]);
        real.Platform = RouterPlatform.Bird2;
        Assert.Contains("The Simulated transport is only for the demo's simulated routers; choose SSH or Local.", (await Errors(database, real))["Transport"]);
    }

    [Fact]
    public async Task TheDemoRouter_KeepsItsPlatformOnEdit_WhileTheDemoIsOn()
    {
        await using var database = Database(seedDemo: true);
        var input = RouterInput.From(await SeedAsync(database));
        input.Address = "192.0.2.251";
        Assert.Empty(await Errors(database, input));
    }

    [Fact]
    public async Task WithTheDemoOff_TheSimulatedPlatformIsRefused_EvenForTheDemoRouter()
    {
        await using var database = Database(seedDemo: false);
        var input = RouterInput.From(await SeedAsync(database));
        Assert.Contains("Simulated routers are off on this server (PeeringHub:SeedDemo is false).", (await Errors(database, input))["Platform"]);
    }

    [Theory]
    [InlineData(64496L, true)]      // RFC 5398 documentation
    [InlineData(65551L, true)]      // RFC 5398 documentation, 4-byte
    [InlineData(64512L, false)]     // RFC 6996 private
    [InlineData(23456L, false)]     // AS_TRANS
    [InlineData(4200000000L, false)]
    public async Task ExchangeSessions_TakeDocumentationAsns_NotPrivateOrReservedOnes(long asn, bool valid)
    {
        await using var database = Database(seedDemo: true);
        await SeedAsync(database);
        var errors = await Errors(database, new SessionInput { Type = SessionType.Exchange, RouterId = 1, PeeringLanId = 1, PeerAsn = asn, PeerIp = "192.0.2.99" });
        Assert.Equal(valid, !errors.ContainsKey("PeerAsn"));
    }
}
