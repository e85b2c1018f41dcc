using PeeringHub.Routers.Adoption;
using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Frr;

namespace PeeringHub.Tests.Routers;

/// <summary>
/// Configure on an imported session renders the router's own text with only PeeringHub's values changed: without edits
/// nothing changes, an edited description changes that line only, and everything else (template, channels, timers,
/// route-maps per address family, peer-group) stays.
/// </summary>
[Trait("Kind", "Unit")]
public class ImportedConfigPatchTests
{
    const string BirdBlock = "protocol bgp peer_65001_v4 from ixp4 {\n\tdescription \"AS65001 peer 1\";\n\tneighbor 192.0.2.11 as 65001;\n\tpassword \"s3cret\";\n\tipv4 { import filter ixp_in4; export none; };\n}\n";

    static readonly string FrrNeighbor = string.Join('\n',
        " neighbor 192.0.2.11 remote-as 65001", " neighbor 192.0.2.11 description AS65001 peer 1", " neighbor 192.0.2.11 password s3cret",
        " neighbor 192.0.2.11 timers 30 90", " neighbor 192.0.2.11 timers connect 5", " address-family ipv4 unicast", "  neighbor 192.0.2.11 activate",
        "  neighbor 192.0.2.11 route-map IXP-IN4 in", "  neighbor 192.0.2.11 route-map IXP-OUT out", " exit-address-family") + "\n";

    static SessionConfig Imported(string name, string? description, string existing, bool down = false) =>
        new(name, "192.0.2.11", 65001, Description: description, Md5Password: "s3cret", AdminDown: down, Existing: existing);

    [Fact]
    public void Bird_WithoutEdits_RendersTheRoutersBlockUnchanged()
    {
        var config = AdoptedConfig.FromBird(BirdBlock);
        Assert.Equal(("s3cret", "AS65001 peer 1", false, "ixp4"), (config.Md5Password, config.Description, config.AdminDown, config.PeerGroup));
        Assert.Equal(BirdBlock, BirdRenderer.Render(Imported("peer_65001_v4", config.Description, BirdBlock)).Text);
    }

    [Fact]
    public void Bird_AnEditedDescription_AndAdminDown_ChangeOnlyTheirLines()
    {
        var text = BirdRenderer.Render(Imported("peer_65001_v4", "edited", BirdBlock, down: true)).Text;
        Assert.Equal(BirdBlock.Replace("AS65001 peer 1", "edited").Replace("export none; };\n}", "export none; };\n\tdisabled;\n}"), text);
        Assert.Equal(BirdBlock, BirdRenderer.Render(Imported("peer_65001_v4", "AS65001 peer 1", text)).Text);
    }

    [Fact]
    public void Bird_OurOwnFiles_AreStillRenderedInFull()
    {
        var ours = BirdRenderer.Render(new SessionConfig("ph_1", "192.0.2.11", 65001)).Text;
        Assert.Equal(ours, BirdRenderer.Render(new SessionConfig("ph_1", "192.0.2.11", 65001, Existing: ours.Replace("65001", "65009"))).Text);
    }

    [Fact]
    public void Bird_ABlockOfAnotherProtocol_IsRefused()
    {
        var e = Assert.Throws<RouterException>(() => BirdRenderer.Render(Imported("peer_65002_v4", null, BirdBlock)));
        Assert.Equal(RouterErrorKind.InvalidInput, e.Kind);
    }

    [Fact]
    public void Frr_WithoutEdits_KeepsEveryLine_AndAnEditedDescriptionChangesOnlyThatLine()
    {
        var config = AdoptedConfig.FromFrr("192.0.2.11", FrrNeighbor);
        Assert.Equal(("s3cret", "AS65001 peer 1", false, (string?)null), (config.Md5Password, config.Description, config.AdminDown, config.PeerGroup));
        Assert.Equal(FrrNeighbor, FrrRenderer.Render(Imported("ph_1", config.Description, FrrNeighbor)).Text);
        Assert.Equal(FrrNeighbor.Replace("description AS65001 peer 1", "description edited"), FrrRenderer.Render(Imported("ph_1", "edited", FrrNeighbor)).Text);
    }

    [Fact]
    public void Frr_APeerGroupWeDoNotModel_AndItsRemoteAs_Stay()
    {
        var grouped = " neighbor 2001:db8::11 peer-group IXP6\n neighbor 2001:db8::11 description v6\n neighbor 2001:db8::11 shutdown\n";
        var config = AdoptedConfig.FromFrr("2001:db8::11", grouped);
        Assert.Equal(("IXP6", true), (config.PeerGroup, config.AdminDown));
        var session = new SessionConfig("ph_2", "2001:db8::11", 65001, Description: "v6", AdminDown: true, Existing: grouped);
        Assert.Equal(grouped, FrrRenderer.Render(session).Text);
        Assert.Equal(grouped.Replace(" neighbor 2001:db8::11 shutdown\n", ""), FrrRenderer.Render(session with { AdminDown = false }).Text);
    }
}
