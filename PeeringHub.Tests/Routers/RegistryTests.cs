using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Routers;
using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Frr;
using PeeringHub.Routers.Service;
using PeeringHub.Routers.Simulated;
using Microsoft.Extensions.Configuration;

namespace PeeringHub.Tests.Routers;

[Trait("Kind", "Unit")]
public class RegistryTests
{
    private static ServiceProvider Build(bool seedDemo = false)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection([KeyValuePair.Create("PeeringHub:SeedDemo", (string?)seedDemo.ToString())]).Build())
            .AddSingleton<ISecretProtector>(new DataProtectionSecretProtector(new EphemeralDataProtectionProvider()));
        services.AddOptions<PeeringHub.Core.Settings.PeeringHubOptions>().BindConfiguration(PeeringHub.Core.Settings.PeeringHubOptions.Section);
        return services
            .AddRouterDrivers()
            .BuildServiceProvider();
    }

    [Theory]
    [InlineData(RouterPlatform.Bird2, typeof(BirdDriver))]
    [InlineData(RouterPlatform.Frr, typeof(FrrDriver))]
    public void Registry_PlatformKey_ResolvesDriver(string platform, Type driver)
    {
        using var sp = Build();
        Assert.IsType(driver, sp.GetRequiredService<RouterDriverRegistry>().Get(platform));
    }

    [Fact]
    public void EveryPlatformFolder_HasExactlyOneDriver_AndEveryCorePlatformIsRegistered()
    {
        var drivers = typeof(IRouterDriver).Assembly.GetTypes().Where(t => typeof(IRouterDriver).IsAssignableFrom(t) && !t.IsInterface).ToList();
        Assert.All(drivers.GroupBy(t => t.Namespace), g => Assert.Single(g));
        using var sp = Build();
        Assert.Equal(RouterPlatform.All.Order(), sp.GetRequiredService<RouterDriverRegistry>().Platforms.Order());
        // The synthetic driver exists only for the board benchmark and is registered only when switched on; the simulated one
        // only for the demo (below).
        Assert.Equal(drivers.Count(t => t != typeof(PeeringHub.Routers.Synthetic.SyntheticDriver) && t != typeof(SimulatedDriver)), sp.GetServices<IRouterDriver>().Count());
        Assert.DoesNotContain(PeeringHub.Routers.Synthetic.SyntheticDriver.Key, sp.GetRequiredService<RouterDriverRegistry>().Platforms);
    }

    [Fact]
    public async Task SimulatedPlatforms_AreOff_WhenTheDemoIsOff()
    {
        using var sp = Build(seedDemo: false);
        var registry = sp.GetRequiredService<RouterDriverRegistry>();
        Assert.All(RouterPlatform.Simulated, p => Assert.False(registry.TryGet(p, out _)));
        var r = await sp.GetRequiredService<RouterClient>().ListSessionsAsync(
            new RouterTarget { Id = 1, Name = "edge1.fra", Platform = RouterPlatform.SimulatedBird2, Transport = RouterTransport.Simulated, Address = "192.0.2.250" });
        Assert.Equal(RouterErrorKind.UnknownPlatform, r.Error);
    }

    [Fact]
    public void SimulatedPlatforms_AreRegistered_WithTheDemo_SpeakingTheirPlatformsLanguage()
    {
        using var sp = Build(seedDemo: true);
        var registry = sp.GetRequiredService<RouterDriverRegistry>();
        Assert.Equal(RouterPlatform.All.Concat(RouterPlatform.Simulated).Order(), registry.Platforms.Order());
        var session = new SessionConfig("ph_1", "192.0.2.10", 64497, PeerGroup: "IX_PEERS");
        var target = new RouterTarget { Id = 1, Name = "edge1.fra", Platform = RouterPlatform.SimulatedBird2, Address = "192.0.2.250" };
        // the real renderers, not a second one
        Assert.Equal(BirdRenderer.Render(session), registry.Get(RouterPlatform.SimulatedBird2).Render(target, session));
        Assert.Equal(FrrRenderer.Render(session), registry.Get(RouterPlatform.SimulatedFrr).Render(target, session));
    }

    [Fact]
    public async Task UnknownPlatform_ResultNotException()
    {
        using var sp = Build();
        var r = await sp.GetRequiredService<RouterClient>().ListSessionsAsync(new RouterTarget { Id = 1, Name = "x", Platform = "junos", Address = "192.0.2.1" });
        Assert.False(r.Succeeded);
        Assert.Equal(RouterErrorKind.UnknownPlatform, r.Error);
        Assert.Contains("junos", r.Message);
    }
}
