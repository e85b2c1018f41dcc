using Microsoft.Playwright;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>Debian's chromium, headless, driven by Playwright (Playwright's own browser download is not available here).</summary>
public static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Without the background-networking flags chromium keeps trying to reach Google through a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.OutputDirectory, name + ".png"), FullPage = true });
}
