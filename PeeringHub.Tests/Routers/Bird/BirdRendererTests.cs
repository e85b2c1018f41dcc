using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Tests.Routers.Bird;

[Trait("Kind", "Unit")]
public class BirdRendererTests
{
    [Fact]
    public void Render_FullSession_WritesOneProtocolFromFamilyTemplate()
    {
        var r = BirdRenderer.Render(new SessionConfig("ph_7", "2001:db8:ffff::14", 65004, Description: "AS65004 spare", Md5Password: "s3cret", MaxPrefix: 100));
        Assert.Equal("ph_7", r.Session);
        Assert.Equal(
            "# managed by PeeringHub\nprotocol bgp ph_7 from peer6 {\n  description \"AS65004 spare\";\n  neighbor 2001:db8:ffff::14 as 65004;\n" +
            "  password \"s3cret\";\n  ipv6 { receive limit 100 action restart; };\n}\n", r.Text);
    }

    [Theory]
    [InlineData("x\"; disable all; \"", "x'; disable all; '")]
    [InlineData("a\nb\"}; protocol bgp evil from peer4 { neighbor 192.0.2.99 as 1; }", "a b'}; protocol bgp evil from peer4 { neighbor 192.0.2.99 as 1; }")]
    [InlineData("$(touch /tmp/pwned) `id`", "$(touch /tmp/pwned) `id`")]
    public void Render_HostileDescription_StaysInsideOneString(string description, string expected)
    {
        var text = BirdRenderer.Render(new SessionConfig("ph_1", "192.0.2.14", 65004, Description: description)).Text;
        var descLine = Assert.Single(text.Split('\n'), l => l.Contains("description"));
        Assert.Equal($"  description \"{expected}\";", descLine);
        Assert.Equal(2, descLine.Count(c => c == '"'));
        Assert.Equal(6, text.Split('\n').Length); // header, protocol, description, neighbor, }, plus the final empty split
    }

    [Theory]
    [InlineData("1bad", "192.0.2.1", 1L, null)]
    [InlineData("bad-name", "192.0.2.1", 1L, null)]
    [InlineData("ok", "192.0.2.1; disable all", 1L, null)]
    [InlineData("ok", "1", 1L, null)]
    [InlineData("ok", "192.0.2.1", 0L, null)]
    [InlineData("ok", "192.0.2.1", 4294967296L, null)]
    [InlineData("ok", "192.0.2.1", 1L, "pw\"; disable all; \"")]
    [InlineData("ok", "192.0.2.1", 1L, "two words")]
    public void Render_InvalidValue_RefusedBeforeAnythingIsSent(string name, string ip, long asn, string? password)
    {
        var ex = Assert.Throws<RouterException>(() => BirdRenderer.Render(new SessionConfig(name, ip, asn, Md5Password: password)));
        Assert.Equal(RouterErrorKind.InvalidInput, ex.Kind);
    }

    [Fact]
    public void SetDisabled_TogglesOnlyTheDisabledLine()
    {
        var file = BirdRenderer.Render(new SessionConfig("p001_v4", "192.0.2.11", 65001, Description: "d")).Text;
        var down = BirdRenderer.SetDisabled("p001_v4", file, true);
        Assert.EndsWith("  disabled;\n}\n", down);
        Assert.Equal(down, BirdRenderer.SetDisabled("p001_v4", down, true));
        Assert.Equal(file, BirdRenderer.SetDisabled("p001_v4", down, false));
    }

    [Fact]
    public void SetDisabled_ForeignFile_Refused()
    {
        var ex = Assert.Throws<RouterException>(() => BirdRenderer.SetDisabled("p001_v4", "protocol bgp other { }\n", true));
        Assert.Equal(RouterErrorKind.InvalidInput, ex.Kind);
    }
}
