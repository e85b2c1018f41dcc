using Microsoft.Playwright;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>Debian's chromium, headless, driven by Playwright (Playwright's own browser download is not available here).</summary>
public static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // Expect() waits for an eventual state; Playwright's 5 s default was too short for a login's password hash while
        // a CI run starts several labs at once (one red run). Tests that measure speed do it explicitly, not through this.
        Assertions.SetDefaultExpectTimeout(15_000);
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Without the background-networking flags chromium keeps trying to reach Google through a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.OutputDirectory, name + ".png"), FullPage = true });
}
