using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Reference.Irr;
using PeeringHub.Core.Reference.Irr.Demo;

namespace PeeringHub.Tests.Demo;

/// <summary>The demo's in-process IRR: its AS-SETs answer offline through the real whois client; anything else still asks the configured server.</summary>
[Trait("Kind", "Unit")]
public class DemoIrrTests
{
    const string Rpsl = """
        as-set: AS-TOP
        members: AS64500, AS-MID
        source: DEMO

        as-set: AS-MID
        members: AS64501,
         AS-TOP
        source: DEMO

        route: 192.0.2.0/24
        origin: AS64501
        source: DEMO

        route6: 2001:db8::/32
        origin: AS64501
        source: DEMO
        """;

    [Fact]
    public void Rpsl_store_expands_nested_sets_once_and_finds_routes()
    {
        var store = RpslStore.Parse(Rpsl);
        Assert.Equal(["AS64500", "AS64501"], store.Expand("as-top"));
        Assert.Null(store.Expand("AS-NONE"));
        Assert.Equal(["192.0.2.0/24"], store.Routes(64501, ipv6: false));
        Assert.Equal(["2001:db8::/32"], store.Routes(64501, ipv6: true));
        Assert.Equal("DEMO", store.Source);
        Assert.Throws<FormatException>(() => RpslStore.Parse("route: 192.0.2.0/24\norigin: 64501\nsource: DEMO"));
    }

    [Fact]
    public async Task Demo_as_set_validates_and_imports_offline_while_the_configured_server_is_unreachable()
    {
        await using var host = new DemoHost();
        await host.SeedAsync();
        await host.StartAsync<DemoIrrSource>();

        var valid = await host.RunAsync(sp => sp.GetRequiredService<AsSetService>().ValidateAsync("AS-PHDEMO"));
        Assert.True(valid.Valid, valid.Error);
        Assert.Equal(2, valid.MemberCount); // AS64496 and, through the nested customer set, AS65551
        var imported = await host.RunAsync(sp => sp.GetRequiredService<AsSetService>().ImportAsync("AS-PHDEMO"));
        Assert.Contains("192.0.2.0/25", imported.AsSet.Ipv4Prefixes);
        Assert.Contains("2001:db8:100::/48", imported.AsSet.Ipv6Prefixes);
        Assert.True((await host.RunAsync(sp => sp.GetRequiredService<AsSetService>().ValidateAsync("DEMO::AS-BEACON"))).Valid);
    }

    [Fact]
    public async Task Unreachable_server_is_reported_as_unreachable_never_as_not_valid()
    {
        await using var host = new DemoHost();
        await host.SeedAsync();
        await host.StartAsync<DemoIrrSource>();

        var result = await host.RunAsync(sp => sp.GetRequiredService<AsSetService>().ValidateAsync("AS-SOMEWHERE-REAL"));
        Assert.False(result.Valid);
        Assert.True(result.Unreachable);
        Assert.Equal(IrrErrorKind.Connect, result.ErrorKind);
        Assert.StartsWith(IrrMessages.Unreachable, IrrMessages.Describe(result.ErrorKind!.Value, result.Error!));

        var ex = await Assert.ThrowsAsync<IrrException>(() => host.RunAsync(sp => sp.GetRequiredService<AsSetService>().ImportAsync("AS-SOMEWHERE-REAL")));
        Assert.True(IrrMessages.IsUnreachable(ex.Kind));
    }

    [Fact]
    public void Only_network_failures_count_as_unreachable()
    {
        Assert.All([IrrErrorKind.Connect, IrrErrorKind.Timeout, IrrErrorKind.Truncated], k => Assert.True(IrrMessages.IsUnreachable(k)));
        Assert.All([IrrErrorKind.NotFound, IrrErrorKind.TooLarge, IrrErrorKind.InvalidName, IrrErrorKind.ServerError, IrrErrorKind.Protocol],
            k => Assert.False(IrrMessages.IsUnreachable(k)));
        Assert.Equal("AS-X not found", IrrMessages.Describe(IrrErrorKind.NotFound, "AS-X not found"));
    }

    [Fact]
    public async Task Demo_irr_stays_off_on_a_database_that_is_not_the_demo()
    {
        await using var host = new DemoHost();
        var source = await host.StartAsync<DemoIrrSource>();
        Assert.Null(source.Endpoint);
        Assert.False(source.Holds(AsSetName.Parse("AS-PHDEMO")));
    }
}
