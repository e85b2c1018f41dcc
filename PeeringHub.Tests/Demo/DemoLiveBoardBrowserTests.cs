using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Demo;

/// <summary>A newcomer's first minute: the demo's simulated routers are polled at once, and the board shows a session
/// changing state live, without a reload.</summary>
[Trait("Kind", "Browser")]
public class DemoLiveBoardBrowserTests(DemoApp app) : IClassFixture<DemoApp>, IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
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

        // One of the demo's private interconnects flaps: its row goes down with the router's reason, highlighted, and comes back.
        var left = app.StartedAt.AddSeconds(60) - DateTime.UtcNow;
        Assert.True(left > TimeSpan.FromSeconds(5), $"the app took {DateTime.UtcNow - app.StartedAt} to start and log in");
        var flapped = page.Locator("#sessions-grid tr.ph-row", new() { HasText = "Hold timer expired" });
        await Expect(flapped.First).ToBeVisibleAsync(new() { Timeout = (float)left.TotalMilliseconds });
        await Expect(flapped.First).ToHaveClassAsync(new Regex(@"\bph-row-Idle\b"));
        await Chromium.ScreenshotAsync(page, "demo-live-flap");
        var ip = (await flapped.First.Locator("a.ph-peer-ip").TextContentAsync())!;
        var row = page.Locator("#sessions-grid tr.ph-row", new() { Has = page.Locator($"a.ph-peer-ip:text-is('{ip}')") });
        await Expect(row).ToHaveClassAsync(new Regex(@"\bph-row-Established\b"), new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__phSamePage === true"), "the board was reloaded");
    }
}
