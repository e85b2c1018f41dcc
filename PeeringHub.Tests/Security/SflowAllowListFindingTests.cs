using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Tests.Security;

/// <summary>Finding 9 of the security test (issue 16) in a setting: an sFlow agent written as "010.1.1.1" is not read as 8.1.1.1.</summary>
[Trait("Kind", "Unit")]
public class SflowAllowListFindingTests
{
    static SflowOptions Bind(params string[] agents)
    {
        var settings = agents.Select((a, i) => KeyValuePair.Create<string, string?>($"{SflowOptions.Section}:AgentAllowList:{i}", a));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddSflowCollector(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<SflowOptions>>().Value;
    }

    [Theory]
    [InlineData("010.1.1.1")]
    [InlineData("192.0.2.01")]
    [InlineData("3232235777")]
    public void Finding9_OctalIpv4_an_agent_allow_list_entry_with_leading_zeros_stops_the_start_with_a_clear_error(string agent)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Bind("192.0.2.1", agent));
        Assert.Contains("PeeringHub:Sflow:AgentAllowList: every entry must be an IP address", e.Message);
        Assert.Throws<FormatException>(() => IpAddressKey.Parse(agent));
    }

    [Fact]
    public void Finding9_OctalIpv4_well_formed_agents_are_accepted()
    {
        Assert.Equal(["192.0.2.1", "2001:db8::1"], Bind("192.0.2.1", "2001:db8::1").AgentAllowList);
        Assert.True(new AgentAllowList(["10.1.1.1"]).Allows(IpAddressKey.Parse("10.1.1.1")));
    }
}
