using System.Text.Json;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Board;

/// <summary>The live board against real FRR sessions: changes made on FRR itself appear without reload; bulk actions reach FRR.</summary>
[Trait("Kind", "Lab")]
[Trait("Kind", "Browser")]
public class FrrLiveBoardLabTests(FrrBoardLab app) : LiveBoardBrowserTests<FrrBoardLab>(app), IClassFixture<FrrBoardLab>
{
    [Fact]
    public async Task Router_side_changes_reach_the_open_board_and_bulk_actions_reach_FRR()
    {
        // All configured sessions but the daemon-less peer's two and p002_v6, which the lab's frr.conf shuts down.
        await OpenBoardAsync(App.Lab.EstablishedBaseline);
        await Chromium.ScreenshotAsync(Page, "24-frr-board-live");

        // 1. Changes made on FRR itself (vtysh, config mode, not saved) show up in the open browser, no reload.
        await MeasureRouterToScreenAsync(App.SshRouterName, "board-latency-frr.txt",
            peer => ConfigureOnRouterAsync($"neighbor {RouterLabFixture.PeerIp(peer, 4)} shutdown"),
            peer => ConfigureOnRouterAsync($"no neighbor {RouterLabFixture.PeerIp(peer, 4)} shutdown"));

        // 2. Every session of frr-ssh down from the context menu: FRR itself has them shut down, with the message.
        await AdminDownAllFromContextMenuAsync(App.SshRouterName, "lab maintenance", "25-frr-board-bulk-down-results");
        Assert.Equal(LabSessions, await AdminShutDownOnRouterAsync());
        var running = await App.Lab.RouterCli("-c", "show running-config");
        Assert.Equal(LabSessions, running.Split('\n').Count(l => l.Trim().StartsWith("neighbor ") && l.TrimEnd().EndsWith(" shutdown message lab maintenance")));
        await ExpectOnBoardAsync("AdminDown", LabSessions, 15_000);

        // 3. Admin Up from the Actions menu: none shut down on FRR, Established again on the board.
        await AdminUpSelectedFromActionsAsync();
        Assert.Equal(0, await AdminShutDownOnRouterAsync());
        // All but the daemon-less peer's two: Admin Up also enabled p002_v6, which the lab starts shut down.
        await ExpectOnBoardAsync("Established", LabSessions - 2, 30_000);
    }

    /// <summary>One line in FRR's BGP config mode, as an operator on the router would type it (the app is not involved).</summary>
    async Task ConfigureOnRouterAsync(string line)
    {
        var output = await App.Lab.RouterCli("-c", "configure terminal", "-c", "router bgp 64500", "-c", line);
        Assert.DoesNotContain("% ", output); // vtysh says what it refused only in its output
    }

    /// <summary>Neighbors FRR reports administratively shut down (<c>adminShutDown</c> in <c>show bgp neighbors json</c>).</summary>
    async Task<int> AdminShutDownOnRouterAsync()
    {
        using var doc = JsonDocument.Parse(await App.Lab.RouterCli("-c", "show bgp neighbors json"));
        return doc.RootElement.EnumerateObject().Count(n => n.Value.TryGetProperty("adminShutDown", out var a) && a.ValueKind == JsonValueKind.True);
    }

    async Task ExpectOnBoardAsync(string state, int count, int timeout)
    {
        try
        {
            await Expect(Page.Locator($"#sessions-grid tr.ph-row-{state}")).ToHaveCountAsync(count, new() { Timeout = timeout });
        }
        catch (PlaywrightException e)
        {
            // FRR's own view and the poller's log are what tells a slow peer from a missed update in a CI log.
            throw new Xunit.Sdk.XunitException(e.Message + "\n--- FRR ---\n" + await App.Lab.RouterCli("-c", "show bgp summary") + "\n--- app log ---\n" + App.Log);
        }
    }
}
