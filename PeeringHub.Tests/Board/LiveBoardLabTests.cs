using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Board;

/// <summary>The live board against real BIRD sessions: changes made on the router itself appear without reload; bulk actions reach the router.</summary>
[Trait("Kind", "Lab")]
[Trait("Kind", "Browser")]
public class LiveBoardLabTests(BoardLab app) : IClassFixture<BoardLab>, IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;
    IPage page = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        // Tall enough that all 84 rows are rendered by the virtualised grid.
        page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1500, Height = 3600 } });
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(app.BaseUrl + "/account/login");
        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", RunningApp.AdminPassword);
        await page.ClickAsync("#login");
        await page.WaitForURLAsync(app.BaseUrl + "/");
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    ILocator Row(int routerId, string ip) => page.Locator($"#sessions-grid tr[data-session-id]", new() { Has = page.Locator($"a.ph-peer-ip:text-is('{ip}')") })
        .Filter(new() { HasText = routerId == app.SshRouterId ? "lab-ssh" : "lab-local" });

    async Task OpenBoardAsync()
    {
        var circuit = page.WaitForWebSocketAsync(new() { Predicate = w => w.Url.Contains("/_blazor") });
        await page.GotoAsync(app.BaseUrl + "/sessions");
        await circuit;
        // Every live lab session Established (19 peers × 2 families × 2 routers, minus the admin-disabled p002_v6 twice).
        await Expect(page.Locator("#sessions-grid tr[data-state='Established']")).ToHaveCountAsync(2 * (2 * (RouterLabFixture.Peers - 1) - 3), new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task Router_side_changes_reach_the_open_board_and_bulk_actions_reach_the_router()
    {
        await OpenBoardAsync();
        await Chromium.ScreenshotAsync(page, "20-board-live");

        // 1. Changes made on the router itself (birdc) show up in the open browser, no reload. Measure the delay.
        var delays = new List<double>();
        var pollDelays = new List<double>();
        using var api0 = app.Api();
        for (var i = 0; i < 20; i++)
        {
            var peer = 3 + i % 15; // live BIRD peers (peer 1 has MD5, peer 2 is FRR; both fine, but keep the sample simple)
            var ip = RouterLabFixture.PeerIp(peer, 4);
            // lab-ssh: the router as a NOC reaches it.
            var row = Row(app.SshRouterId, ip);
            // A random pause first: without it each change would land just after a poll and always wait a full interval.
            await Task.Delay(Random.Shared.Next(0, 2000));
            var id = int.Parse((await row.GetAttributeAsync("data-session-id"))!);
            // The browser notes the moment the row turns AdminDown (a MutationObserver), so Playwright's own polling
            // interval is not part of the measurement. Browser and test share the host clock.
            await page.EvaluateAsync(WatchRow, new object[] { id, "AdminDown" });
            var started = DateTime.UtcNow;
            await app.Lab.RouterCli("disable", $"p{peer:000}_v4");
            await Expect(row).ToHaveAttributeAsync("data-state", "AdminDown", new() { Timeout = 15_000 });
            var seenAt = await page.EvaluateAsync<double>("() => window.__phSeen");
            delays.Add(seenAt - new DateTimeOffset(started).ToUnixTimeMilliseconds());
            // Split the delay: when the poller stored the transition (server clock, same host) vs when the screen showed it.
            var history = await api0.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/history?take=1");
            pollDelays.Add((history[0].GetProperty("at").GetDateTime() - started).TotalMilliseconds);
            await app.Lab.RouterCli("enable", $"p{peer:000}_v4");
            await Expect(row).ToHaveAttributeAsync("data-state", "Established", new() { Timeout = 15_000 });
        }
        delays.Sort();
        var p95 = delays[(int)Math.Ceiling(0.95 * delays.Count) - 1];
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.OutputDirectory, "board-latency.txt"),
            $"lab-ssh (poll interval 2 s, state-change hints {(Environment.GetEnvironmentVariable("Routers__StateChangeHints") == "false" ? "off" : "on, the default")}) router-to-screen delay over {delays.Count} changes: median {delays[delays.Count / 2]:0} ms, p95 {p95:0} ms, max {delays[^1]:0} ms\n" +
            $"router-to-database (poll) delay: median {pollDelays.Order().ElementAt(pollDelays.Count / 2):0} ms, max {pollDelays.Max():0} ms\n");
        Assert.True(p95 < 5000, $"p95 {p95:0} ms"); // the goal is 1.5 s (see board-latency.txt); a loaded 2-core CI only fails on a clear regression

        // 2. Select every session of lab-ssh (filter + select all), Admin Down from the context menu.
        await page.GotoAsync(app.BaseUrl + "/sessions?router=lab-ssh");
        await Expect(page.Locator("#sessions-grid tr[data-session-id]")).ToHaveCountAsync(2 * (RouterLabFixture.Peers - 1));
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await ClickUntilAsync(page.Locator("#select-all"), page.Locator("#sessions-grid input.ph-select:checked"), 42);
        await page.Locator("#sessions-grid tr[data-session-id] td").Nth(3).ClickAsync(new() { Button = MouseButton.Right });
        await page.GetByText("Admin Down (42)").ClickAsync();
        await page.FillAsync("[name='shutdown-message']", "lab maintenance");
        await page.ClickAsync("#confirm-action");
        await Expect(page.Locator("#action-summary")).ToHaveTextAsync("42 done, 0 failed", new() { Timeout = 30_000 });
        await Chromium.ScreenshotAsync(page, "21-board-bulk-down-results");
        await page.ClickAsync("#close-results");
        var protocols = await app.Lab.RouterCli("show", "protocols");
        Assert.Equal(42, protocols.Split('\n').Count(l => l.StartsWith('p') && l.Contains(" down ")));
        await Expect(page.Locator("#sessions-grid tr[data-state='AdminDown']")).ToHaveCountAsync(42, new() { Timeout = 15_000 });

        // 3. Admin Up from the Actions menu brings them back to Established.
        await page.ClickAsync("#actions .rz-splitbutton-menubutton");
        await page.GetByText("Admin Up", new() { Exact = true }).ClickAsync();
        await page.ClickAsync("#confirm-action");
        await Expect(page.Locator("#action-summary")).ToHaveTextAsync("42 done, 0 failed", new() { Timeout = 30_000 });
        await page.ClickAsync("#close-results");
        // All but the daemon-less peer's two: Admin Up also enabled p002_v6, which the lab starts disabled.
        await Expect(page.Locator("#sessions-grid tr[data-state='Established']")).ToHaveCountAsync(2 * (RouterLabFixture.Peers - 1) - 2, new() { Timeout = 30_000 });

        // 4. The router API: a connection test and the sessions as the router reports them right now.
        using (var routerApi = app.Api())
        {
            var test = await routerApi.PostAsync($"/api/routers/{app.SshRouterId}/test", null).ContinueWith(t => t.Result.Content.ReadFromJsonAsync<JsonElement>()).Unwrap();
            Assert.True(test.GetProperty("succeeded").GetBoolean(), test.GetRawText());
            Assert.Equal(2 * (RouterLabFixture.Peers - 1), test.GetProperty("sessionCount").GetInt32());
            var live = await routerApi.GetFromJsonAsync<JsonElement>($"/api/routers/{app.SshRouterId}/sessions");
            Assert.True(live.GetProperty("reachable").GetBoolean());
            Assert.Contains(live.GetProperty("sessions").EnumerateArray(), x => x.GetProperty("name").GetString() == "p001_v4" && x.GetProperty("state").GetString() == "Established");
        }

        // 5. Configure from the session detail page: a new session to the lab's spare peer, rendered, checked, applied.
        using (var configureApi = app.Api())
        {
            var created = await (await configureApi.PostAsJsonAsync("/api/sessions", new
            {
                type = 1, routerId = app.LocalRouterId, peerAsn = 65000 + app.Lab.Spare, peerIp = RouterLabFixture.PeerIp(app.Lab.Spare, 4), description = "spare via Configure",
            })).Content.ReadFromJsonAsync<JsonElement>();
            var id = created.GetProperty("id").GetInt32();
            await page.GotoAsync($"{app.BaseUrl}/sessions/{id}");
            await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
            // The dialog opens at once; its check result needs the router, so wait for the dialog, not for the check.
            await ClickUntilAsync(page.Locator("#detail-configure"), page.Locator(".rz-dialog"), 1);
            await Expect(page.Locator("#config-check")).ToContainTextAsync("passed", new() { Timeout = 30_000 });
            await Expect(page.Locator("#config-diff")).ToContainTextAsync("+ ");
            await page.ClickAsync("#config-apply");
            await Expect(page.Locator("#config-result")).ToContainTextAsync("Applied", new() { Timeout = 60_000 });
            await Chromium.ScreenshotAsync(page, "23-session-configure");
            Assert.Contains($"ph_{id}", await app.Lab.RouterCli("show", "protocols"));
            Assert.Equal(HttpStatusCode.OK, (await configureApi.PostAsJsonAsync("/api/sessions/admin-state", new { ids = new[] { id }, state = "down" })).StatusCode);
        }

        // 6. sshd stopped: lab-ssh's sessions turn Unknown with the reason, lab-local still acts.
        await app.StopSshdAsync();
        await page.GotoAsync(app.BaseUrl + "/sessions");
        try
        {
            await Expect(page.Locator("#sessions-grid tr[data-state='Unknown']")).ToHaveCountAsync(42, new() { Timeout = 60_000 });
        }
        catch (PlaywrightException e)
        {
            // What the poller and the router layer said meanwhile is the only way to tell why from a CI log.
            throw new Xunit.Sdk.XunitException(e.Message + "\n--- app log ---\n" + app.Log);
        }
        using (var unreachableApi = app.Api())
        {
            var failed = await (await unreachableApi.PostAsync($"/api/routers/{app.SshRouterId}/test", null)).Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(failed.GetProperty("succeeded").GetBoolean());
            Assert.False(string.IsNullOrEmpty(failed.GetProperty("failedStep").GetString()));
        }
        await Expect(page.Locator("#sessions-grid tr[data-state='Unknown'] .ph-last-error").First).Not.ToBeEmptyAsync();
        await Chromium.ScreenshotAsync(page, "22-board-router-unreachable");

        using var api = app.Api();
        var ids = (await api.GetFromJsonAsync<JsonElement>($"/api/sessions?search={RouterLabFixture.PeerIp(5, 4)}")).EnumerateArray()
            .Select(s => s.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(2, ids.Count);
        var results = await (await api.PostAsJsonAsync("/api/sessions/admin-state", new { ids = ids.Append(999_999).ToList(), state = "down" })).Content.ReadFromJsonAsync<JsonElement>();
        var byRouter = results.EnumerateArray().ToDictionary(r => r.GetProperty("routerName").GetString() ?? "none", r => r);
        Assert.True(byRouter["lab-local"].GetProperty("succeeded").GetBoolean());
        Assert.False(byRouter["lab-ssh"].GetProperty("succeeded").GetBoolean());
        Assert.False(string.IsNullOrEmpty(byRouter["lab-ssh"].GetProperty("error").GetString()));
        Assert.Equal("No such session.", byRouter["none"].GetProperty("error").GetString());
        await app.Lab.RouterCli("enable", "p005_v4");
    }

    const string WatchRow = """
        ([id, state]) => {
          window.__phSeen = 0;
          const seen = () => {
            const row = document.querySelector(`tr[data-session-id="${id}"]`);
            if (!window.__phSeen && row && row.getAttribute('data-state') === state) { window.__phSeen = Date.now(); observer.disconnect(); }
          };
          const observer = new MutationObserver(seen);
          observer.observe(document.querySelector('#sessions-grid'), { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
        }
        """;

    /// <summary>Clicks until the expected number of elements match (the first click may land before the circuit attached).</summary>
    async Task ClickUntilAsync(ILocator button, ILocator result, int count)
    {
        // A click before the circuit attached its handlers does nothing: click again, but only after giving the first
        // click time to show (some buttons toggle, and a dialog covers its button once open).
        for (var attempt = 0; attempt < 8; attempt++)
        {
            if (await result.CountAsync() == count) return;
            await button.ClickAsync();
            try
            {
                await Expect(result).ToHaveCountAsync(count, new() { Timeout = 3000 });
                return;
            }
            catch (PlaywrightException)
            {
                // not handled yet; click again
            }
        }
        await Expect(result).ToHaveCountAsync(count);
    }
}
