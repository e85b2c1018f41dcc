using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Frr;

namespace PeeringHub.Tests.Routers.Frr;

[Trait("Kind", "Unit")]
public class FrrRendererTests
{
    [Fact]
    public void Render_Session_LinesLikeRunningConfig()
    {
        var r = FrrRenderer.Render(new SessionConfig("ph_9", "192.0.2.14", 65004, Description: "x\"; $(id)\nneighbor 192.0.2.99 remote-as 1", Md5Password: "pw", AdminDown: true));
        Assert.Equal("192.0.2.14", r.Session);
        Assert.Equal(
            " neighbor 192.0.2.14 remote-as 65004\n neighbor 192.0.2.14 description x'; $(id) neighbor 192.0.2.99 remote-as 1\n" +
            " neighbor 192.0.2.14 password pw\n neighbor 192.0.2.14 shutdown\n address-family ipv4 unicast\n" +
            "  neighbor 192.0.2.14 activate\n  neighbor 192.0.2.14 soft-reconfiguration inbound\n  neighbor 192.0.2.14 route-map PH-IN4 in\n" +
            "  neighbor 192.0.2.14 route-map PH-OUT out\n exit-address-family\n", r.Text);
    }

    [Theory]
    [InlineData("192.0.2.14")]
    [InlineData("2001:db8::e")]
    public void Foreign_OurOwnRendering_HasNone(string ip)
    {
        var r = FrrRenderer.Render(new SessionConfig("ph_9", ip, 65004, PeerGroup: "IX", Description: "d", Md5Password: "pw", MaxPrefix: 100));
        Assert.Empty(FrrNeighborConfig.Foreign(r.Text, r.Session));
        Assert.Empty(FrrNeighborConfig.Foreign("router bgp 64500\n" + r.Text + "!\n", r.Session));
    }

    [Fact]
    public void Foreign_AnEditsOtherLines_AreListed_SoTheyAreNotDroppedUnseen()
    {
        var edited = FrrRenderer.Render(new SessionConfig("ph_9", "192.0.2.14", 65004)).Text +
                     "this is not router configuration\n neighbor 192.0.2.15 shutdown\nrouter bgp 64500 vrf blue\n neighbor 192.0.2.140 shutdown\n";
        Assert.Equal(["this is not router configuration", "neighbor 192.0.2.15 shutdown", "router bgp 64500 vrf blue", "neighbor 192.0.2.140 shutdown"],
            FrrNeighborConfig.Foreign(edited, "192.0.2.14"));
    }

    [Fact]
    public void Diff_ChangedDescriptionAndRemovedPassword_OnlyThoseLines()
    {
        var before = FrrNeighborConfig.Extract(FrrRenderer.Render(new SessionConfig("a", "2001:db8::1", 65001, Description: "old", Md5Password: "pw")).Text)["2001:db8::1"];
        var after = FrrNeighborConfig.Extract(FrrRenderer.Render(new SessionConfig("a", "2001:db8::1", 65001, Description: "new")).Text)["2001:db8::1"];
        Assert.Equal(
            ["no neighbor 2001:db8::1 description old", "no neighbor 2001:db8::1 password pw", "neighbor 2001:db8::1 description new"],
            FrrDiff.Commands(before, after));
        Assert.Empty(FrrDiff.Commands(after, after));
    }

    [Fact]
    public void Extract_RunningConfig_IgnoresOtherSectionsAndVrfs()
    {
        var running = "frr version 8.4.4\nrouter bgp 64500\n neighbor 192.0.2.11 remote-as 65001\n address-family ipv4 unicast\n" +
                      "  neighbor 192.0.2.11 activate\n exit-address-family\nexit\n!\nrouter bgp 64500 vrf blue\n neighbor 192.0.2.99 remote-as 1\nexit\n" +
                      "route-map PH-IN4 permit 10\n match ip address prefix-list X\n";
        var map = FrrNeighborConfig.Extract(running);
        var n = Assert.Single(map).Value;
        Assert.Equal(["neighbor 192.0.2.11 remote-as 65001"], n.Global);
        Assert.Equal(["neighbor 192.0.2.11 activate"], n.Families["ipv4 unicast"]);
    }
}
