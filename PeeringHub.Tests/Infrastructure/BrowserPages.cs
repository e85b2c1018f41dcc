using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>How browser tests sign in and open pages of the running app.</summary>
public static class BrowserPages
{
    public static async Task<IPage> LoginAsync(IBrowser browser, string baseUrl, string user, string password, int height = 900)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = height } });
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login");
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
        return page;
    }

    /// <summary>Navigates and waits for the Blazor circuit, so the page's handlers can be used.</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        var circuit = page.WaitForWebSocketAsync(new() { Predicate = w => w.Url.Contains("/_blazor") });
        await page.GotoAsync(url);
        await circuit;
    }

    /// <summary>
    /// Clicks until <paramref name="shows"/> is visible: a click that lands before the circuit attached its handlers does
    /// nothing. Each click gets 3 s to show before the next (a dialog may take a moment, and then covers its button).
    /// </summary>
    public static async Task ClickUntilVisibleAsync(ILocator button, ILocator shows)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            if (await shows.IsVisibleAsync()) return;
            await button.ClickAsync();
            try
            {
                await Expect(shows).ToBeVisibleAsync(new() { Timeout = 3000 });
                return;
            }
            catch (PlaywrightException)
            {
                // not handled yet; click again
            }
        }
        await Expect(shows).ToBeVisibleAsync();
    }
}
