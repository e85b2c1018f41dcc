using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Demo;

/// <summary>A newcomer's first minute: the demo's simulated routers are polled at once, and the board shows a session
/// changing state live, without a reload.</summary>
[Trait("Kind", "Browser")]
public class DemoLiveBoardBrowserTests : IAsyncLifetime
{
    // Started by the test itself, not as a class fixture: the runner may create fixtures long before the test runs, and the
    // minute is counted from the app's start.
    readonly DemoApp app = new();
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [Fact]
    public async Task FreshDemo_BoardShowsALiveStateChange_WithinAMinuteOfStart()
    {
        var page = await BrowserPages.LoginAsync(browser, app.BaseUrl, "admin", RunningApp.AdminPassword);
        await BrowserPages.OpenAsync(page, app.BaseUrl + "/sessions");
        await Expect(page.Locator("#sessions-grid tr.ph-row").First).ToBeVisibleAsync();
        // Labelled wherever the router name appears: the strip and the router column.
        await Expect(page.Locator(".ph-router-strip")).ToContainTextAsync("edge1.fra · simulated (demo)");
        await Expect(page.Locator(".ph-router-strip")).ToContainTextAsync("edge2.ams · simulated (demo)");
        await Expect(BrowserPages.SessionRow(page, "edge2.ams · simulated (demo)", "198.51.100.253")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.__phSamePage = true");

        // One of the demo's private interconnects flaps: its row goes down with the router's reason, and comes back. The board
        // may open late on a loaded machine, so it is given until the next flap; when the first one happened is checked below.
        var flapped = page.Locator("#sessions-grid tr.ph-row", new() { HasText = "Hold timer expired" });
        await Expect(flapped.First).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Expect(flapped.First).ToHaveClassAsync(new Regex(@"\bph-row-Idle\b"));
        await Chromium.ScreenshotAsync(page, "demo-live-flap");
        var id = (await flapped.First.Locator("input.ph-select").GetAttributeAsync("data-session-id"))!;
        var row = page.Locator("#sessions-grid tr.ph-row", new() { Has = page.Locator($"input.ph-select[data-session-id='{id}']") });
        await Expect(row).ToHaveClassAsync(new Regex(@"\bph-row-Established\b"), new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__phSamePage === true"), "the board was reloaded");

        // The demo's first flap is recorded within a minute of the app's start (the state history is the server's clock).
        using var api = app.Api();
        var flaps = new List<DateTime>();
        foreach (var session in (await api.GetFromJsonAsync<JsonElement>("/api/sessions")).EnumerateArray())
            flaps.AddRange((await api.GetFromJsonAsync<JsonElement>($"/api/sessions/{session.GetProperty("id").GetInt32()}/history")).EnumerateArray()
                .Where(c => c.GetProperty("reason").GetString() == "Hold timer expired").Select(c => c.GetProperty("at").GetDateTime()));
        Assert.InRange(flaps.Min(), app.StartedAt, app.HealthyAt.AddSeconds(60));
    }
}
