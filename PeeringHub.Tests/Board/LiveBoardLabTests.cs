using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Board;

/// <summary>The live board against real BIRD sessions: changes made on the router itself appear without reload; bulk actions reach the router.</summary>
[Trait("Kind", "Lab")]
[Trait("Kind", "Browser")]
public class LiveBoardLabTests(BoardLab app) : LiveBoardBrowserTests<BoardLab>(app), IClassFixture<BoardLab>
{
    [Fact]
    public async Task Router_side_changes_reach_the_open_board_and_bulk_actions_reach_the_router()
    {
        // Every live lab session Established (19 peers × 2 families × 2 routers, minus the admin-disabled p002_v6 twice).
        await OpenBoardAsync(2 * (2 * (RouterLabFixture.Peers - 1) - 3));
        await Chromium.ScreenshotAsync(Page, "20-board-live");

        // 1. Changes made on the router itself (birdc) show up in the open browser, no reload. Measure the delay on
        // lab-ssh: the router as a NOC reaches it.
        await MeasureRouterToScreenAsync(App.SshRouterName, "board-latency.txt",
            peer => App.Lab.RouterCli("disable", $"p{peer:000}_v4"), peer => App.Lab.RouterCli("enable", $"p{peer:000}_v4"));

        // 2. Select every session of lab-ssh (filter + select all), Admin Down from the context menu.
        await AdminDownAllFromContextMenuAsync(App.SshRouterName, "lab maintenance", "21-board-bulk-down-results");
        var protocols = await App.Lab.RouterCli("show", "protocols");
        Assert.Equal(LabSessions, protocols.Split('\n').Count(l => l.StartsWith('p') && l.Contains(" down ")));
        await Expect(Page.Locator("#sessions-grid tr.ph-row-AdminDown")).ToHaveCountAsync(LabSessions, new() { Timeout = 15_000 });

        // 3. Admin Up from the Actions menu brings them back to Established.
        await AdminUpSelectedFromActionsAsync();
        // All but the daemon-less peer's two: Admin Up also enabled p002_v6, which the lab starts disabled.
        await Expect(Page.Locator("#sessions-grid tr.ph-row-Established")).ToHaveCountAsync(LabSessions - 2, new() { Timeout = 30_000 });

        // 4. The router API: a connection test and the sessions as the router reports them right now.
        using (var routerApi = App.Api())
        {
            var test = await routerApi.PostAsync($"/api/routers/{App.SshRouterId}/test", null).ContinueWith(t => t.Result.Content.ReadFromJsonAsync<JsonElement>()).Unwrap();
            Assert.True(test.GetProperty("succeeded").GetBoolean(), test.GetRawText());
            Assert.Equal(LabSessions, test.GetProperty("sessionCount").GetInt32());
            var live = await routerApi.GetFromJsonAsync<JsonElement>($"/api/routers/{App.SshRouterId}/sessions");
            Assert.True(live.GetProperty("reachable").GetBoolean());
            Assert.Contains(live.GetProperty("sessions").EnumerateArray(), x => x.GetProperty("name").GetString() == "p001_v4" && x.GetProperty("state").GetString() == "Established");
        }

        // 5. Configure from the session detail page: a new session to the lab's spare peer, rendered, checked, applied.
        using (var configureApi = App.Api())
        {
            var created = await (await configureApi.PostAsJsonAsync("/api/sessions", new
            {
                type = 1, routerId = App.LocalRouterId, peerAsn = 65000 + App.Lab.Spare, peerIp = RouterLabFixture.PeerIp(App.Lab.Spare, 4), description = "spare via Configure",
            })).Content.ReadFromJsonAsync<JsonElement>();
            var id = created.GetProperty("id").GetInt32();
            await Page.GotoAsync($"{App.BaseUrl}/sessions/{id}");
            await Page.WaitForFunctionAsync("() => window.Blazor !== undefined");
            // The dialog opens at once; its check result needs the router, so wait for the dialog, not for the check.
            await BrowserPages.ClickUntilCountAsync(Page.Locator("#detail-configure"), Page.Locator(".mud-dialog"), 1);
            await Expect(Page.Locator("#config-check")).ToContainTextAsync("passed", new() { Timeout = 30_000 });
            await Expect(Page.Locator("#config-diff")).ToContainTextAsync("+ ");
            await Page.ClickAsync("#config-apply");
            await Expect(Page.Locator("#config-result")).ToContainTextAsync("Applied", new() { Timeout = 60_000 });
            await Chromium.ScreenshotAsync(Page, "23-session-configure");
            Assert.Contains($"ph_{id}", await App.Lab.RouterCli("show", "protocols"));
            Assert.Equal(HttpStatusCode.OK, (await configureApi.PostAsJsonAsync("/api/sessions/admin-state", new { ids = new[] { id }, state = "down" })).StatusCode);
        }

        // 6. sshd stopped: lab-ssh's sessions turn Unknown with the reason, lab-local still acts.
        await App.StopSshdAsync();
        await Page.GotoAsync(App.BaseUrl + "/sessions");
        try
        {
            await Expect(Page.Locator("#sessions-grid tr.ph-row-Unknown")).ToHaveCountAsync(LabSessions, new() { Timeout = 60_000 });
        }
        catch (PlaywrightException e)
        {
            // What the poller and the router layer said meanwhile is the only way to tell why from a CI log.
            throw new Xunit.Sdk.XunitException(e.Message + "\n--- app log ---\n" + App.Log);
        }
        // The toolbar flags the router that cannot be read; the other one stays fine.
        await Expect(Page.Locator(".ph-router-chip[data-router='lab-ssh']")).ToHaveClassAsync(new Regex("ph-router-unreachable"));
        await Expect(Page.Locator(".ph-router-chip[data-router='lab-local']")).ToHaveClassAsync(new Regex("ph-router-ok"));
        using (var unreachableApi = App.Api())
        {
            var failed = await (await unreachableApi.PostAsync($"/api/routers/{App.SshRouterId}/test", null)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(failed.GetProperty("succeeded").GetBoolean());
            Assert.False(string.IsNullOrEmpty(failed.GetProperty("failedStep").GetString()));
        }
        await Expect(Page.Locator("#sessions-grid tr.ph-row-Unknown .ph-last-error").First).Not.ToBeEmptyAsync();
        await Chromium.ScreenshotAsync(Page, "22-board-router-unreachable");

        using var api = App.Api();
        var ids = (await api.GetFromJsonAsync<JsonElement>($"/api/sessions?search={RouterLabFixture.PeerIp(5, 4)}")).EnumerateArray()
            .Select(s => s.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(2, ids.Count);
        var results = await (await api.PostAsJsonAsync("/api/sessions/admin-state", new { ids = ids.Append(999_999).ToList(), state = "down" })).Content.ReadFromJsonAsync<JsonElement>();
        var byRouter = results.EnumerateArray().ToDictionary(r => r.GetProperty("routerName").GetString() ?? "none", r => r);
        Assert.True(byRouter["lab-local"].GetProperty("succeeded").GetBoolean());
        Assert.False(byRouter["lab-ssh"].GetProperty("succeeded").GetBoolean());
        Assert.False(string.IsNullOrEmpty(byRouter["lab-ssh"].GetProperty("error").GetString()));
        Assert.Equal("No such session.", byRouter["none"].GetProperty("error").GetString());
        await App.Lab.RouterCli("enable", "p005_v4");
    }
}
