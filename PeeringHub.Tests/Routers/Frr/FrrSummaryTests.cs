using PeeringHub.Routers.Frr;

namespace PeeringHub.Tests.Routers.Frr;

[Trait("Kind", "Unit")]
public class FrrSummaryTests
{
    // What the admin batch's vtysh call prints: write memory's lines, then "show bgp summary json" (FRR 8.4, trimmed).
    const string Output = """
        Note: this version of vtysh never writes vtysh.conf
        Building Configuration...
        Integrated configuration saved to /tmp/lab/rtr/frr.conf
        [OK]
        {
        "ipv4Unicast":{ "routerId":"192.0.2.1", "peers":{
          "192.0.2.11":{ "remoteAs":65001, "state":"Established", "peerState":"OK" },
          "192.0.2.13":{ "remoteAs":65003, "state":"Idle (Admin)", "peerState":"Admin" } } },
        "ipv6Unicast":{ "peers":{
          "2001:db8:ffff::12":{ "remoteAs":65002, "state":"Idle (Admin)", "peerState":"Admin" } } }
        }
        """;

    [Fact]
    public void Admin_state_per_neighbour_after_the_save_messages()
    {
        var map = FrrSummary.AdminDisabled(Output);
        Assert.NotNull(map);
        Assert.Equal(new Dictionary<string, bool> { ["192.0.2.11"] = false, ["192.0.2.13"] = true, ["2001:db8:ffff::12"] = true }, map);
    }

    [Theory]
    [InlineData("% Unknown command: show bgp summary jsn")]
    [InlineData("[OK]\n{ \"ipv4Unicast\": { \"peers\": ")]
    [InlineData("")]
    public void No_readable_summary_means_the_full_read_decides(string output) => Assert.Null(FrrSummary.AdminDisabled(output));
}
