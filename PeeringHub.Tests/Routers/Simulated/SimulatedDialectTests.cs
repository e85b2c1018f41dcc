using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Simulated;

namespace PeeringHub.Tests.Routers.Simulated;

/// <summary>A simulated router checks a session's text with its platform's rules: what the real renderer writes passes, a broken
/// edit is refused with the line and the reason, as <c>configure check</c> or vtysh would.</summary>
[Trait("Kind", "Unit")]
public class SimulatedDialectTests
{
    static readonly SimulatedDefinitions Groups = new(new HashSet<string> { "IX_PEERS" });
    static readonly SessionConfig Full = new("ph_7", "192.0.2.10", 64497, LocalAsn: 64496, Description: "Alpine \"Fibre\"", Md5Password: "s3cret-!", AdminDown: true,
        PeerGroup: "IX_PEERS", MaxPrefix: 100);

    [Fact]
    public void Bird_ReadsWhatTheRealRendererWrites()
    {
        var d = new SimulatedBirdDialect();
        var parsed = d.Check(d.Render(Full), Groups);
        Assert.Equal(new SimulatedSession("192.0.2.10", 64497, 64496, "s3cret-!", true, "Alpine 'Fibre'", "IX_PEERS"), parsed);
        Assert.Equal("peer6", d.Check(d.Render(new SessionConfig("ph_8", "2001:db8:1::a", 64497)), Groups).Group);
    }

    [Fact]
    public void Frr_ReadsWhatTheRealRendererWrites()
    {
        var d = new SimulatedFrrDialect();
        var parsed = d.Check(d.Render(Full), Groups);
        Assert.Equal(new SimulatedSession("192.0.2.10", 64497, 64496, "s3cret-!", true, "Alpine 'Fibre'", "IX_PEERS"), parsed);
        Assert.Null(d.Check(d.Render(new SessionConfig("x", "2001:db8:1::a", 64497)), Groups).Group); // PH-IN6 / PH-OUT are defined
    }

    [Theory]
    [InlineData("protocol bgp ph_7 from IX_PEERS {\n  neighbour 192.0.2.10 as 64497;\n}\n", "ph_7.conf:2: syntax error, unknown statement 'neighbour 192.0.2.10 as 64497;'")]
    [InlineData("protocol bgp ph_7 from OTHER {\n  neighbor 192.0.2.10 as 64497;\n}\n", "ph_7.conf:1: template 'OTHER' is not defined on the router")]
    [InlineData("protocol bgp ph_7 from IX_PEERS {\n  neighbor 192.0.2.10 as 64497;\n", "protocol ph_7 is not closed")]
    [InlineData("protocol bgp ph_7 from IX_PEERS {\n  description \"x\";\n}\n", "Neighbor must be configured")]
    [InlineData("protocol bgp ph_7 from IX_PEERS {\n  neighbor 192.0.2.10 as 4294967296;\n}\n", "ph_7.conf:2: ASN 4294967296 is outside 1..4294967295")]
    [InlineData("protocol bgp ph_7 from IX_PEERS {\n  neighbor 192.0.2.999 as 64497;\n}\n", "ph_7.conf:2: '192.0.2.999' is not an IP address")]
    [InlineData("protocol bgp ph_8 from IX_PEERS {\n  neighbor 192.0.2.10 as 64497;\n}\n", "the file of ph_7 defines protocol 'ph_8'")]
    [InlineData("protocol bgp ph_7 from IX_PEERS {\n  neighbor 192.0.2.10 as 64497;\n}\nprotocol bgp x {\n}\n", "ph_7.conf:4: syntax error after the end of protocol ph_7")]
    public void Bird_BrokenText_IsRefusedWithTheLine(string text, string reason)
    {
        var e = Assert.Throws<RouterException>(() => new SimulatedBirdDialect().Check(new RenderedConfig("ph_7", text), Groups));
        Assert.Equal(RouterErrorKind.Rejected, e.Kind);
        Assert.Contains(reason, e.Message);
    }

    [Theory]
    [InlineData(" neighbor 192.0.2.10 remote-as 64497\n neighbor 192.0.2.10 bogus\n", "line 2: % Unknown command: neighbor 192.0.2.10 bogus")]
    [InlineData(" neighbor 192.0.2.10 remote-as 64497\n neighbor 192.0.2.10 peer-group NOPE\n", "not defined on the router: peer-group NOPE")]
    [InlineData(" neighbor 192.0.2.10 remote-as 64497\n address-family ipv4 unicast\n  neighbor 192.0.2.10 route-map NOPE in\n exit-address-family\n", "not defined on the router: route-map NOPE")]
    [InlineData(" neighbor 192.0.2.11 remote-as 64497\n", "not configuration of neighbor 192.0.2.10")]
    [InlineData(" neighbor 192.0.2.10 description only\n", "% Specify remote-as or peer-group commands first")]
    [InlineData(" neighbor 192.0.2.10 remote-as 64497\n neighbor 192.0.2.10 password has\"quote\n", "line 2: MD5 password must be")]
    public void Frr_BrokenText_IsRefusedWithTheLine(string text, string reason)
    {
        var e = Assert.Throws<RouterException>(() => new SimulatedFrrDialect().Check(new RenderedConfig("192.0.2.10", text), Groups));
        Assert.Contains(reason, e.Message);
    }
}
