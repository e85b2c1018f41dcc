using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;

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

    protected Task<IPage> LoginAsync(string user = "admin", string password = PmRunningApp.AdminPassword, int height = 900) =>
        BrowserPages.LoginAsync(Browser, App.BaseUrl, user, password, height);

    /// <summary>Navigates and waits for the Blazor circuit, so the page's handlers can be used.</summary>
    protected Task OpenAsync(IPage page, string path) => BrowserPages.OpenAsync(page, App.BaseUrl + path);
}
