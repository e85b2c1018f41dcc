using System.Text.RegularExpressions;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Board;

/// <summary>
/// Chromium on the live session board of an app managing a router lab, logged in as admin, with the steps the BIRD and
/// the FRR board tests share: router-to-screen latency of changes made on the router itself, and bulk admin down/up.
/// </summary>
public abstract class LiveBoardBrowserTests<TApp>(TApp app) : IAsyncLifetime where TApp : RunningApp
{
    /// <summary>Sessions the lab configures on its router (every peer but the spare, both families).</summary>
    protected static readonly int LabSessions = 2 * (RouterLabFixture.Peers - 1);

    protected TApp App { get; } = app;
    IPlaywright playwright = null!;
    IBrowser browser = null!;
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        // Tall enough that all 84 rows of the two-router BIRD board are rendered by the virtualised grid.
        Page = await BrowserPages.LoginAsync(browser, App.BaseUrl, "admin", RunningApp.AdminPassword, height: 3600, width: 1500);
        Page.SetDefaultTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    protected ILocator Row(string router, string ip) => BrowserPages.SessionRow(Page, router, ip);

    protected async Task OpenBoardAsync(int established)
    {
        await BrowserPages.OpenAsync(Page, App.BaseUrl + "/sessions");
        await Expect(Page.Locator("#sessions-grid tr.ph-row-Established")).ToHaveCountAsync(established, new() { Timeout = 60_000 });
    }

    /// <summary>
    /// Admin-downs and re-enables v4 sessions of <paramref name="router"/> on the router itself (not through the app), 20
    /// times, and measures how long each down takes to show on the open board (no reload); the median, p95 and max go to
    /// <paramref name="file"/> in the test output.
    /// </summary>
    protected async Task MeasureRouterToScreenAsync(string router, string file, Func<int, Task> down, Func<int, Task> up)
    {
        var delays = new List<double>();
        var pollDelays = new List<double>();
        using var api = App.Api();
        for (var i = 0; i < 20; i++)
        {
            var peer = 3 + i % 15; // live BIRD peers (peer 1 has MD5, peer 2 is FRR; both fine, but keep the sample simple)
            var row = Row(router, RouterLabFixture.PeerIp(peer, 4));
            // A random pause first: without it each change would land just after a poll and always wait a full interval.
            await Task.Delay(Random.Shared.Next(0, 2000));
            var id = int.Parse((await row.Locator("input.ph-select").GetAttributeAsync("data-session-id"))!);
            // The browser notes the moment the row turns AdminDown (a MutationObserver), so Playwright's own polling
            // interval is not part of the measurement. Browser and test share the host clock.
            await Page.EvaluateAsync(WatchRow, new object[] { id, "AdminDown" });
            var started = DateTime.UtcNow;
            await down(peer);
            await Expect(row).ToHaveClassAsync(new Regex(@"\bph-row-AdminDown\b"), new() { Timeout = 15_000 });
            var seenAt = await Page.EvaluateAsync<double>("() => window.__phSeen");
            delays.Add(seenAt - new DateTimeOffset(started).ToUnixTimeMilliseconds());
            // Split the delay: when the poller stored the transition (server clock, same host) vs when the screen showed it.
            var history = await api.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/history?take=1");
            pollDelays.Add((history[0].GetProperty("at").GetDateTime() - started).TotalMilliseconds);
            await up(peer);
            await Expect(row).ToHaveClassAsync(new Regex(@"\bph-row-Established\b"), new() { Timeout = 15_000 });
        }
        delays.Sort();
        var p95 = delays[(int)Math.Ceiling(0.95 * delays.Count) - 1];
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.OutputDirectory, file),
            $"{router} (poll interval 2 s, state-change hints {(Environment.GetEnvironmentVariable("Routers__StateChangeHints") == "false" ? "off" : "on, the default")}) router-to-screen delay over {delays.Count} changes: median {delays[delays.Count / 2]:0} ms, p95 {p95:0} ms, max {delays[^1]:0} ms\n" +
            $"router-to-database (poll) delay: median {pollDelays.Order().ElementAt(pollDelays.Count / 2):0} ms, max {pollDelays.Max():0} ms\n");
        Assert.True(p95 < 5000, $"p95 {p95:0} ms"); // the goal is 1.5 s (see the file); a loaded 2-core CI only fails on a clear regression
    }

    /// <summary>Selects every session of <paramref name="router"/> (filter + select all) and admin-downs them from the context menu.</summary>
    protected async Task AdminDownAllFromContextMenuAsync(string router, string message, string screenshot)
    {
        await Page.GotoAsync(App.BaseUrl + "/sessions?router=" + router);
        await Expect(Page.Locator("#sessions-grid tr.ph-row")).ToHaveCountAsync(LabSessions);
        await Page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await BrowserPages.ClickUntilCountAsync(Page.Locator("#select-all"), Page.Locator("#sessions-grid input.ph-select:checked"), LabSessions);
        await Page.Locator("#sessions-grid tr.ph-row td").Nth(3).ClickAsync(new() { Button = MouseButton.Right });
        await Page.GetByText($"Admin Down ({LabSessions})").ClickAsync();
        await Page.FillAsync("[name='shutdown-message']", message);
        await Page.ClickAsync("#confirm-action");
        await ExpectSummaryAsync($"{LabSessions} done, 0 failed");
        await Chromium.ScreenshotAsync(Page, screenshot);
        await Page.ClickAsync("#close-results");
    }

    /// <summary>Admin Up from the Actions menu for the sessions still selected.</summary>
    protected async Task AdminUpSelectedFromActionsAsync()
    {
        await Page.ClickAsync("#actions-button");
        await Page.GetByText("Admin Up", new() { Exact = true }).ClickAsync();
        await Page.ClickAsync("#confirm-action");
        await ExpectSummaryAsync($"{LabSessions} done, 0 failed");
        await Page.ClickAsync("#close-results");
    }

    /// <summary>
    /// Waits for the bulk action's summary. It once never came in CI (and never here), with nothing to tell why: a failure
    /// now carries what the dialogs on screen said and the app's log.
    /// </summary>
    async Task ExpectSummaryAsync(string summary)
    {
        try
        {
            await Expect(Page.Locator("#action-summary")).ToHaveTextAsync(summary, new() { Timeout = 60_000 });
        }
        catch (PlaywrightException e)
        {
            var dialogs = await Page.Locator(".mud-dialog, .mud-popover-open").AllInnerTextsAsync();
            await Chromium.ScreenshotAsync(Page, "failed-action-summary");
            var whole = App.SaveLog("failed-action-summary");
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- dialogs and menus on screen ---\n{string.Join("\n---\n", dialogs)}\n--- app log (all of it: {whole}) ---\n{App.Log}");
        }
    }

    const string WatchRow = """
        ([id, state]) => {
          window.__phSeen = 0;
          const seen = () => {
            const row = document.querySelector(`input.ph-select[data-session-id="${id}"]`)?.closest('tr');
            if (!window.__phSeen && row && row.classList.contains('ph-row-' + state)) { window.__phSeen = Date.now(); observer.disconnect(); }
          };
          const observer = new MutationObserver(seen);
          observer.observe(document.querySelector('#sessions-grid'), { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
        }
        """;
}
