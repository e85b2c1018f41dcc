using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Reference.Irr;

namespace PeeringHub.Tests.Reference.Irr;

/// <summary>
/// Debian's bgpq4 and our client query the same loopback IRRd; the prefix lists must be identical text.
/// bgpq4 gets <c>-p</c> because the fixture uses documentation/private ASNs (RFC 5398/6996), which it drops by default.
/// </summary>
[Trait("Kind", "Reference")]
public class Bgpq4CrossCheckTests
{
    private static async Task<string> Bgpq4(int port, string args)
    {
        var psi = new ProcessStartInfo("bgpq4", $"-h 127.0.0.1:{port} -p {args}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"bgpq4 {args} exited {p.ExitCode}: {stderr}");
        return await stdout;
    }

    [Theory]
    [InlineData("AS-PH-CUSTOMERS", "RIPE,RADB")]
    [InlineData("AS-PH-DOWNSTREAM", "RIPE,RADB")]
    [InlineData("AS64500", "RIPE,RADB")]
    [InlineData("AS-PH-OTHER", "RADB")]
    [InlineData("AS-PH-HUGE", "RIPE")]
    public async Task Our_bird_and_frr_prefix_lists_equal_bgpq4_output(string set, string sources)
    {
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:Sources"] = sources, ["PeeringHub:Irr:MaxSetSize"] = "1000" });
        var ours = await h.Services.GetRequiredService<IrrExpansionService>().ExpandAsync(AsSetName.Parse(set));
        Assert.NotEmpty(ours.Ipv4Prefixes);

        var s = $"-S {sources} -l pl {set}";
        Assert.Equal(await Bgpq4(h.Server.Port, "-b " + s), PrefixListRenderer.Bird("pl", ours.Ipv4Prefixes));
        Assert.Equal(await Bgpq4(h.Server.Port, s), PrefixListRenderer.Frr("pl", ours.Ipv4Prefixes, ipv6: false));
        Assert.Equal(await Bgpq4(h.Server.Port, "-6 " + s), PrefixListRenderer.Frr("pl", ours.Ipv6Prefixes, ipv6: true));
        if (ours.Ipv6Prefixes.Count > 0)
            Assert.Equal(await Bgpq4(h.Server.Port, "-6 -b " + s), PrefixListRenderer.Bird("pl", ours.Ipv6Prefixes));
    }

    [Fact]
    public async Task Empty_lists_render_like_bgpq4()
    {
        await using var h = new IrrHarness();
        Assert.Equal(await Bgpq4(h.Server.Port, "-S RIPE -l pl AS-PH-NONEXISTENT"), PrefixListRenderer.Frr("pl", [], ipv6: false));
        Assert.Equal("# generated prefix-list pl is empty\n", PrefixListRenderer.Bird("pl", []));
    }
}
