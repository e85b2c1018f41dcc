using PeeringHub.App.Auth;

namespace PeeringHub.Tests.Security;

/// <summary>"Also found" (issue 16): a user name with newlines cannot forge log lines.</summary>
[Trait("Kind", "Unit")]
public class LogTextTests
{
    [Fact]
    public void AlsoFound_UsernameForgesLogLines_user_input_in_logs_has_its_control_characters_escaped_and_is_capped()
    {
        var escaped = LogText.Escape("admin\ninfo: Login succeeded for root\r\0");
        Assert.DoesNotContain('\n', escaped);
        Assert.DoesNotContain('\r', escaped);
        Assert.Equal("admin\\u000ainfo: Login succeeded for root\\u000d\\u0000", escaped);
        Assert.Equal(201, LogText.Escape(new string('x', 5000)).Length);
    }
}
