using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Demo;

/// <summary>
/// A newcomer's first actions on the demo end as they would on real routers: Admin Down/Up with a result per session, Edit of
/// an exchange session, Configure with its diff and apply, and a broken Config Manager edit refused by the router's check.
/// </summary>
[Trait("Kind", "Browser")]
public class DemoSessionActionsBrowserTests(DemoApp app) : IClassFixture<DemoApp>, IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;
    IPage page = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        page = await BrowserPages.LoginAsync(browser, app.BaseUrl, "admin", RunningApp.AdminPassword);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    /// <summary>An exchange session of <paramref name="router"/> that the simulated router reports Established (first poll within seconds).</summary>
    async Task<(int Id, string Ip)> EstablishedExchangeSessionAsync(string router, int skip = 0)
    {
        using var api = app.Api();
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var sessions = (await api.GetFromJsonAsync<JsonElement>("/api/sessions?type=Exchange&state=Established")).EnumerateArray()
                .Where(s => s.GetProperty("routerName").GetString() == router && s.GetProperty("addressFamily").GetInt32() == 4).Skip(skip).ToList();
            if (sessions.Count > 0) return (sessions[0].GetProperty("id").GetInt32(), sessions[0].GetProperty("peerIp").GetString()!);
            await Task.Delay(500);
        }
        throw new TimeoutException($"no Established exchange session on {router}");
    }

    async Task RunFromActionsAsync(string action, string? message)
    {
        await page.ClickAsync("#actions-button");
        await page.GetByText(action, new() { Exact = true }).ClickAsync();
        // The routers are named as everywhere else: simulated, with the count of sessions on each.
        await Expect(page.Locator(".mud-dialog-content")).ToContainTextAsync("on edge1.fra · simulated (demo) (1), edge2.ams · simulated (demo) (1).");
        if (message is not null) await page.FillAsync("[name='shutdown-message']", message);
        await page.ClickAsync("#confirm-action");
        await Expect(page.Locator("#action-summary")).ToHaveTextAsync("2 done, 0 failed", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task AdminDownAndUp_OnTwoDemoSessions_SucceedWithAResultPerSession()
    {
        var bird = await EstablishedExchangeSessionAsync("edge1.fra");
        var frr = await EstablishedExchangeSessionAsync("edge2.ams");
        await BrowserPages.OpenAsync(page, app.BaseUrl + "/sessions");
        // Refresh polls the demo's simulated routers as it would real ones (before they could be enabled it polled none).
        var polled = page.Locator(".mud-snackbar-content-message", new() { HasText = "Polled" }).First;
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#refresh"), polled);
        // Read at once: the message is final when shown, and the snackbar goes after a few seconds.
        Assert.Equal("Polled 2 routers.", (await polled.InnerTextAsync()).Trim());
        var rows = new[] { BrowserPages.SessionRow(page, "edge1.fra", bird.Ip), BrowserPages.SessionRow(page, "edge2.ams", frr.Ip) };
        await BrowserPages.ClickUntilVisibleAsync(rows[0].Locator("input.ph-select"), page.Locator("#sessions-grid input.ph-select:checked"));
        await rows[1].Locator("input.ph-select").ClickAsync();
        await Expect(page.Locator("#sessions-grid input.ph-select:checked")).ToHaveCountAsync(2);

        await RunFromActionsAsync("Admin Down", "demo maintenance");
        var results = page.Locator("#action-results tbody tr[data-succeeded='yes']");
        await Expect(results).ToHaveCountAsync(2);
        await Expect(results.Filter(new() { HasText = bird.Ip })).ToContainTextAsync("edge1.fra");
        await Expect(results.Filter(new() { HasText = frr.Ip })).ToContainTextAsync("edge2.ams");
        await Chromium.ScreenshotAsync(page, "demo-admin-down");
        await page.ClickAsync("#close-results");
        foreach (var row in rows) await Expect(row).ToHaveClassAsync(new Regex(@"\bph-row-AdminDown\b"), new() { Timeout = 15_000 });

        await RunFromActionsAsync("Admin Up", null);
        await Expect(page.Locator("#action-results tbody tr[data-succeeded='yes']")).ToHaveCountAsync(2);
        await page.ClickAsync("#close-results");
        foreach (var row in rows) await Expect(row).ToHaveClassAsync(new Regex(@"\bph-row-Established\b"), new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task EditConfigureAndConfigManager_OnADemoExchangeSession_BehaveLikeOnARealRouter()
    {
        var (id, _) = await EstablishedExchangeSessionAsync("edge1.fra", skip: 1);
        await BrowserPages.OpenAsync(page, $"{app.BaseUrl}/sessions/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "on edge1.fra · simulated (demo)" })).ToBeVisibleAsync();
        await Expect(page.Locator("#detail-state")).ToHaveTextAsync("Established");

        // Edit of a demo exchange session (documentation ASN) saves.
        await page.ClickAsync("#detail-edit");
        await page.FillAsync("[name='Description']", "Edited in the demo");
        await page.ClickAsync("#save");
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("dd", new() { HasText = "Edited in the demo" })).ToBeVisibleAsync();

        // Configure: the router's check passes, the diff shows the edit, and it applies; the session stays up.
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#detail-configure"), page.Locator("#config-check"));
        await Expect(page.Locator("#config-check")).ToContainTextAsync("Router check: passed");
        await Expect(page.Locator("#config-diff .ph-diff-add")).ToContainTextAsync("description \"Edited in the demo\";");
        await Expect(page.Locator("#config-diff .ph-diff-del")).ToContainTextAsync("description \"");
        await page.ClickAsync("#config-apply");
        await Expect(page.Locator("#config-result")).ToHaveTextAsync("Applied; the session is Established.", new() { Timeout = 40_000 });
        await Chromium.ScreenshotAsync(page, "demo-configure");
        await page.ClickAsync("#config-close");
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Config Manager: a broken edit is refused by the router's check and cannot be applied.
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#detail-config-manager"), page.Locator("[name='config-text']"));
        var editor = page.Locator("[name='config-text']");
        await Expect(editor).ToHaveValueAsync(new Regex("neighbor .* as \\d+;"));
        var text = await editor.InputValueAsync();
        await editor.FillAsync(text.Replace("neighbor ", "neighbour "));
        await page.ClickAsync("#config-check-button");
        await Expect(page.Locator("#config-check")).ToContainTextAsync("Router check: failed");
        await Expect(page.Locator("#config-check")).ToContainTextAsync("syntax error, unknown statement 'neighbour");
        await Expect(page.Locator("#config-apply")).ToBeDisabledAsync();
        await Chromium.ScreenshotAsync(page, "demo-config-manager-refused");
    }
}
