using PeeringHub.Core.Domain;
using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Tests.Security;

/// <summary>Findings 1 and 2 of the security test (issue 16): what an operator's edited text in the Config Manager may do.</summary>
[Trait("Kind", "Unit")]
public class ConfigManagerFindingTests
{
    const string Secret = "s3cret-Pw";
    const string Bird95 = "# managed by PeeringHub\nprotocol bgp ph_95 from peer4 {\n  description \"AS65095\";\n  neighbor 192.0.2.95 as 65095;\n  password \"s3cret-Pw\";\n}\n";
    const string Bird90 = "# managed by PeeringHub\nprotocol bgp ph_90 from peer4 {\n  neighbor 192.0.2.90 as 65090;\n  password \"other-secret\";\n}\n";

    [Fact]
    public void Finding1_Md5PasswordIntoDescription_mask_in_a_description_is_refused_not_replaced()
    {
        var shown = PasswordMask.Hide(Bird95)!;
        var edited = shown.Replace("description \"AS65095\"", $"description \"password {PasswordMask.Mask} y\"");
        var result = PasswordMask.Restore(edited, Secret, Bird95, "192.0.2.95");
        Assert.Null(result.Text);
        Assert.Contains("only stand as the value of the neighbor's password statement", result.Error);
    }

    [Fact]
    public void Finding1_Md5PasswordIntoDescription_mask_moved_out_of_the_password_statement_is_refused()
    {
        var edited = PasswordMask.Hide(Bird95)!.Replace($"  password \"{PasswordMask.Mask}\";\n", "").Replace("AS65095", $"x{PasswordMask.Mask}");
        Assert.Null(PasswordMask.Restore(edited, Secret, Bird95, "192.0.2.95").Text);
    }

    [Fact]
    public void Finding1_Md5PasswordIntoDescription_a_duplicated_password_statement_is_refused()
    {
        var shown = PasswordMask.Hide(Bird95)!;
        var edited = shown.Replace("}\n", $"  password \"{PasswordMask.Mask}\";\n}}\n");
        var result = PasswordMask.Restore(edited, Secret, Bird95, "192.0.2.95");
        Assert.Null(result.Text);
        Assert.Contains("2 password statements", result.Error);
    }

    [Fact]
    public void Finding1_Md5PasswordIntoDescription_frr_mask_on_another_neighbor_is_refused()
    {
        const string frr = "neighbor 192.0.2.95 remote-as 65095\nneighbor 192.0.2.95 password s3cret-Pw\n";
        var edited = PasswordMask.Hide(frr)!.Replace("neighbor 192.0.2.95 password", "neighbor 192.0.2.90 password");
        Assert.Null(PasswordMask.Restore(edited, Secret, frr, "192.0.2.95").Text);
    }

    [Fact]
    public void Finding1_Md5PasswordIntoDescription_bird_mask_in_another_protocol_block_is_refused()
    {
        var shown = PasswordMask.Hide(Bird95)!;
        var edited = shown.Replace($"  password \"{PasswordMask.Mask}\";\n", "")
                     + $"protocol bgp x from peer4 {{\n  neighbor 192.0.2.90 as 65090;\n  password \"{PasswordMask.Mask}\";\n}}\n";
        var result = PasswordMask.Restore(edited, Secret, Bird95, "192.0.2.95");
        Assert.Null(result.Text);
        Assert.Contains("only stand as the value of the neighbor's password statement", result.Error);
    }

    [Fact]
    public void Finding1_Md5PasswordIntoDescription_bird_mask_after_the_own_block_closed_is_refused()
    {
        // The own block ends early (a brace in a description does not count); the mask then stands outside any block.
        var edited = PasswordMask.Hide(Bird95)!.Replace("  description \"AS65095\";\n", "  description \"a { b\";\n}\n");
        Assert.Null(PasswordMask.Restore(edited, Secret, Bird95, "192.0.2.95").Text);
    }

    [Fact]
    public void Finding1_Md5PasswordIntoDescription_the_password_statement_itself_is_restored()
    {
        var edited = PasswordMask.Hide(Bird95)!.Replace("AS65095", "AS65095 edited");
        Assert.Equal(Bird95.Replace("AS65095", "AS65095 edited"), PasswordMask.Restore(edited, Secret, Bird95, "192.0.2.95").Text);
    }

    [Fact]
    public async Task Finding2_ConfigManagerCheckWritesOtherSessionsFiles_a_framing_line_is_refused_and_no_file_changes()
    {
        var gate = new InMemoryBirdGate();
        gate.Files["ph_90"] = Bird90;
        gate.Files["ph_95"] = Bird95;
        var edited = Bird95 + "%%% ph_90\nprotocol bgp ph_90 from peer4 {\n  neighbor 192.0.2.90 as 65090;\n}\n";

        var ex = await Assert.ThrowsAsync<RouterException>(() => new BirdDriver().CheckAsync(Router(), gate, new RenderedConfig("ph_95", edited), CancellationToken.None));

        Assert.Equal(RouterErrorKind.InvalidInput, ex.Kind);
        Assert.Equal(Bird90, gate.Files["ph_90"]);
        Assert.Equal(Bird95, gate.Files["ph_95"]);
        Assert.DoesNotContain(gate.Commands, c => c.Args[0] == "put-conf" && c.Stdin!.Contains("ph_90"));
    }

    [Theory]
    [InlineData("%%% ph_90")]
    [InlineData("   %%% ph_90")]
    [InlineData("%%%ph_90")]
    public void Finding2_ConfigManagerCheckWritesOtherSessionsFiles_config_text_with_framing_is_refused_before_sending(string line) =>
        Assert.Contains("%%%", ConfigText.Refusal(Bird95 + line + "\n"));

    [Fact]
    public async Task Finding2_ConfigManagerCheckWritesOtherSessionsFiles_a_put_that_changed_another_file_fails_verification()
    {
        var gate = new InMemoryBirdGate { AlsoWrite = ("ph_90", "protocol bgp ph_90 from peer4 { }\n") };
        gate.Files["ph_90"] = Bird90;
        gate.Files["ph_95"] = Bird95;

        // An apply writes the live file (a check never does: it parses a scratch copy).
        var ex = await Assert.ThrowsAsync<RouterException>(() => new BirdDriver().ApplyAsync(Router(), gate, new RenderedConfig("ph_95", Bird95.Replace("65095;", "65096;")),
            new ApplyOptions(TimeSpan.FromSeconds(20), Confirm: true), CancellationToken.None));

        Assert.Equal(RouterErrorKind.VerificationFailed, ex.Kind);
        Assert.Contains("ph_90", ex.Message);
        Assert.Equal(Bird95, gate.Files["ph_95"]);
        Assert.DoesNotContain(gate.Commands, c => c.Args is ["birdc", "configure", ..]);
    }

    [Fact]
    public async Task Finding2_ConfigManagerCheckWritesOtherSessionsFiles_a_check_runs_on_a_scratch_copy_and_writes_nothing_live()
    {
        var gate = new InMemoryBirdGate();
        gate.Files["ph_90"] = Bird90;
        gate.Files["ph_95"] = Bird95;
        var edited = Bird95.Replace("65095;", "65096;");

        Assert.Contains("Configuration OK", await new BirdDriver().CheckAsync(Router(), gate, new RenderedConfig("ph_95", edited), CancellationToken.None));
        gate.CheckFails = true;
        var refused = await Assert.ThrowsAsync<RouterException>(() => new BirdDriver().CheckAsync(Router(), gate, new RenderedConfig("ph_95", edited), CancellationToken.None));

        Assert.Contains("syntax error", refused.Message);
        Assert.DoesNotContain(gate.Commands, c => c.Args[0] is "put-conf" or "rm-conf");
        Assert.Equal((Bird90, Bird95), (gate.Files["ph_90"], gate.Files["ph_95"]));
        Assert.All(gate.ScratchChecks, copy => Assert.Equal((Bird90, edited), (copy["ph_90"], copy["ph_95"])));
    }

    static RouterTarget Router() => new() { Id = 1, Name = "r1", Platform = RouterPlatform.Bird2, Address = "lab" };
}
