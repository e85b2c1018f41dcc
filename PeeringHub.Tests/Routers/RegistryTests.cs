using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Routers;
using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Frr;
using PeeringHub.Routers.Service;

namespace PeeringHub.Tests.Routers;

[Trait("Kind", "Unit")]
public class RegistryTests
{
    private static ServiceProvider Build() => new ServiceCollection()
        .AddLogging()
        .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
        .AddSingleton<ISecretProtector>(new DataProtectionSecretProtector(new EphemeralDataProtectionProvider()))
        .AddRouterDrivers()
        .BuildServiceProvider();

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
        // The synthetic driver exists only for the board benchmark and is registered only when switched on.
        Assert.Equal(drivers.Count(t => t != typeof(PeeringHub.Routers.Synthetic.SyntheticDriver)), sp.GetServices<IRouterDriver>().Count());
        Assert.DoesNotContain(PeeringHub.Routers.Synthetic.SyntheticDriver.Key, sp.GetRequiredService<RouterDriverRegistry>().Platforms);
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
