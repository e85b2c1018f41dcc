using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Browser;

/// <summary>What a new user does first, in a real browser against the app on Kestrel.</summary>
[Trait("Kind", "Browser")]
public class FoundationBrowserTests(RunningApp app) : IClassFixture<RunningApp>, IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;
    IPage page = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(15_000);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    async Task LoginAsync()
    {
        await page.GotoAsync(app.BaseUrl + "/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Chromium.ScreenshotAsync(page, "01-login");
        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", RunningApp.AdminPassword);
        await page.ClickAsync("#login");
        await BrowserPages.CircuitRenderedAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
    }

    async Task GoAsync(string path, string heading)
    {
        await BrowserPages.OpenAsync(page, app.BaseUrl + path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
    }

    async Task OpenDialogAsync(string button)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            // A slow first click may open the dialog after we gave up on it; its overlay then covers the button.
            if (await page.Locator(".mud-dialog").CountAsync() > 0) return;
            await page.ClickAsync(button);
            try
            {
                await page.Locator(".mud-dialog").WaitForAsync(new() { Timeout = 3000 });
                return;
            }
            catch (TimeoutException)
            {
                // The circuit was not attached yet when we clicked; click again.
            }
        }
        throw new TimeoutException($"Clicking {button} never opened a dialog.");
    }

    async Task TypeAsync(string name, string value)
    {
        var field = page.Locator($"[name='{name}']").First;
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    [Fact]
    public async Task Login_create_router_with_validation_audit_theme_and_logout()
    {
        await LoginAsync();
        await Chromium.ScreenshotAsync(page, "02-dashboard");

        await GoAsync("/routers", "Routers");
        await Expect(page.Locator("#routers-grid")).ToContainTextAsync("edge1.fra");
        // The first click can land before the circuit is attached; retry until the dialog opens.
        await OpenDialogAsync("#add");
        await TypeAsync("Name", "lab-edge");
        await TypeAsync("Address", "999.1.1.1");
        await TypeAsync("SshUser", "peeringhub");
        await TypeAsync("LocalAsn", "64500");
        await page.Locator("textarea[name='SshPrivateKey']").FillAsync(Sample.Key);
        await page.Locator("textarea[name='SshPrivateKey']").PressAsync("Tab");
        await page.ClickAsync("#save");

        var addressError = page.Locator("[data-field='Address'] .ph-field-error");
        await Expect(addressError).ToHaveTextAsync("Enter a valid IPv4/IPv6 address or host name.");
        await Chromium.ScreenshotAsync(page, "03-router-field-error");

        await TypeAsync("Address", "192.0.2.99");
        await Expect(addressError).ToHaveCountAsync(0);
        await page.ClickAsync("#save");
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("#routers-grid")).ToContainTextAsync("lab-edge");
        await Expect(page.Locator("#routers-grid")).ToContainTextAsync("192.0.2.99:22");
        await Chromium.ScreenshotAsync(page, "04-routers");

        await GoAsync("/audit", "Audit");
        var row = page.Locator("#audit-grid tr", new() { HasText = "lab-edge" }).First;
        await Expect(row).ToContainTextAsync("Create");
        await Expect(row).ToContainTextAsync("admin");
        await Expect(row).Not.ToContainTextAsync("OPENSSH");
        await Chromium.ScreenshotAsync(page, "05-audit");

        await GoAsync("/sessions", "Sessions");
        // The demo routers are simulated and polled: they are labelled so, and their sessions carry live states and prefix counts.
        await Expect(page.Locator("#sessions-grid tr.ph-row").First).ToBeVisibleAsync();
        await Expect(page.Locator("#sessions-grid")).ToContainTextAsync("edge1.fra · simulated (demo)");
        await Expect(page.Locator("#sessions-grid")).ToContainTextAsync("Established");
        await Expect(page.Locator("#sessions-grid")).Not.ToContainTextAsync("Not polled");
        await Chromium.ScreenshotAsync(page, "06-sessions");
        await GoAsync("/exchanges", "Exchanges");
        await Chromium.ScreenshotAsync(page, "07-exchanges");
        await GoAsync("/networks", "Networks");
        await Chromium.ScreenshotAsync(page, "08-networks");

        // Theme: toggled over the circuit, remembered for the user across a reload.
        // The layout carries ph-dark in the dark theme (MudThemeProvider's palette follows the same switch).
        await Expect(page.Locator(".ph-layout.ph-dark")).ToHaveCountAsync(0);
        // The click can land before the circuit attaches after navigation; click again until the theme switches.
        for (var attempt = 0; attempt < 10 && await page.Locator(".ph-layout.ph-dark").CountAsync() == 0; attempt++)
        {
            await page.ClickAsync("#theme-toggle");
            await Task.Delay(2000);
        }
        await Expect(page.Locator(".ph-layout.ph-dark")).ToHaveCountAsync(1);
        await page.ReloadAsync();
        await Expect(page.Locator(".ph-layout.ph-dark")).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync(page, "09-dark-theme");

        await page.ClickAsync("#logout");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.GotoAsync(app.BaseUrl + "/routers");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_and_unknown_pages_show_404()
    {
        await page.GotoAsync(app.BaseUrl + "/account/login");
        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", "not-the-password-1");
        await page.ClickAsync("#login");
        await Expect(page.Locator("#login-error")).ToHaveTextAsync("Wrong user name or password.");

        await LoginAsync();
        var response = await page.GotoAsync(app.BaseUrl + "/no-such-page");
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "10-not-found");
    }
}
