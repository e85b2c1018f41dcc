using PeeringHub.Routers.Configuration;

namespace PeeringHub.Tests.Routers;

/// <summary>Config shown in the Configure / Config Manager dialogs and written to the audit never carries the MD5 password.</summary>
[Trait("Kind", "Unit")]
public class PasswordMaskTests
{
    [Theory]
    [InlineData("protocol bgp ph_7 from peer4 {\n  neighbor 192.0.2.11 as 65001;\n  password \"s3cret-Pw\";\n}\n", "password \"********\";")]
    [InlineData("neighbor 192.0.2.11 remote-as 65001\nneighbor 192.0.2.11 password s3cret-Pw\n", "neighbor 192.0.2.11 password ********")]
    public void Hides_bird_and_frr_passwords_and_restores_them_after_editing(string config, string maskedLine)
    {
        var shown = PasswordMask.Hide(config)!;
        Assert.DoesNotContain("s3cret-Pw", shown);
        Assert.Contains(maskedLine, shown);
        Assert.Equal(config, PasswordMask.Restore(shown, "s3cret-Pw", config, "192.0.2.11").Text);
    }

    [Fact]
    public void Text_without_a_password_is_unchanged() =>
        Assert.Equal("neighbor 192.0.2.11 shutdown\n", PasswordMask.Hide("neighbor 192.0.2.11 shutdown\n"));
}
