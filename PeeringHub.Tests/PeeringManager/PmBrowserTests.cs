using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>Chromium against a <see cref="PmRunningApp"/>: one browser per test class, a logged-in page per call, pages opened with their circuit.</summary>
public abstract class PmBrowserTests(PmRunningApp app) : IClassFixture<PmRunningApp>, IAsyncLifetime
{
    protected PmRunningApp App { get; } = app;
    IPlaywright playwright = null!;
    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }

    protected async Task<IPage> LoginAsync(string user = "admin", string password = PmRunningApp.AdminPassword, int height = 900)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = height } });
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(App.BaseUrl + "/account/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login");
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
        return page;
    }

    /// <summary>Navigates and waits for the Blazor circuit, so the page's handlers can be used.</summary>
    protected async Task OpenAsync(IPage page, string path)
    {
        var circuit = page.WaitForWebSocketAsync(new() { Predicate = w => w.Url.Contains("/_blazor") });
        await page.GotoAsync(App.BaseUrl + path);
        await circuit;
    }
}
