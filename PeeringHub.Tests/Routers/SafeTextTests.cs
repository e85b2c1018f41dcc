using System.Diagnostics;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Routers;

[Trait("Kind", "Unit")]
public class SafeTextTests
{
    [Theory]
    [InlineData("a\r\nb\tc\u001b[2Jd", "a b c [2Jd")]
    [InlineData("  spaced   out  ", "spaced out")]
    [InlineData("say \"hi\"", "say 'hi'")]
    public void Description_ControlCharsAndQuotes_Neutralised(string input, string expected) =>
        Assert.Equal(expected, SafeText.Description(input));

    [Theory]
    [InlineData("192.0.2.1", "192.0.2.1")]
    [InlineData("2001:DB8::0:1", "2001:db8::1")]
    public void Ip_Canonical(string input, string expected) => Assert.Equal(expected, SafeText.Ip(input).ToString());

    [Theory]
    [InlineData("fe80::1%eth0")]
    [InlineData("10")]
    [InlineData("192.0.2.1 ")]
    public void Ip_Ambiguous_Refused(string input) =>
        Assert.Equal(RouterErrorKind.InvalidInput, Assert.Throws<RouterException>(() => SafeText.Ip(input)).Kind);

    // The quoting must survive a real POSIX shell (a router's sshd runs the command through one) unchanged.
    [Theory]
    [InlineData("x\"; disable all; \"")]
    [InlineData("it's $(id) `id` ; | & > /tmp/x * ?")]
    [InlineData("neighbor 192.0.2.1 description a'b'c")]
    [InlineData("p001_v4")]
    [InlineData("2001:db8::1/64")]
    [InlineData("")]
    public async Task ShellQuote_ThroughSh_ArrivesVerbatim(string arg)
    {
        var psi = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("printf '%s' " + ShellQuote.Quote(arg));
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(arg, output);
    }

    [Fact]
    public void ShellQuote_Newline_Refused() =>
        Assert.Equal(RouterErrorKind.InvalidInput, Assert.Throws<RouterException>(() => ShellQuote.Quote("a\nb")).Kind);
}
