using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>How browser tests sign in and open pages of the running app.</summary>
public static class BrowserPages
{
    public static async Task<IPage> LoginAsync(IBrowser browser, string baseUrl, string user, string password, int height = 900, int width = 1400)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login");
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
        return page;
    }

    /// <summary>
    /// Navigates and waits until the circuit has rendered the page: an open web socket alone is not enough, input typed
    /// into the prerendered page before the first interactive render is lost (the layout marks that render).
    /// </summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await CircuitRenderedAsync(page);
    }

    /// <summary>Waits until the circuit has rendered the current page (after a navigation by click, e.g. the login).</summary>
    public static Task CircuitRenderedAsync(IPage page) => Expect(page.Locator(".ph-layout[data-interactive='true']")).ToHaveCountAsync(1);

    /// <summary>The board's row of the session with <paramref name="ip"/> on <paramref name="router"/>.</summary>
    public static ILocator SessionRow(IPage page, string router, string ip) =>
        page.Locator("#sessions-grid tr.ph-row", new() { Has = page.Locator($"a.ph-peer-ip:text-is('{ip}')") }).Filter(new() { HasText = router });

    /// <summary>Clicks until <paramref name="shows"/> is visible (see <see cref="ClickUntilAsync"/>).</summary>
    public static Task ClickUntilVisibleAsync(ILocator button, ILocator shows) =>
        ClickUntilAsync(button, () => shows.IsVisibleAsync(), timeout => Expect(shows).ToBeVisibleAsync(new() { Timeout = timeout }), attempts: 6);

    /// <summary>Clicks until <paramref name="count"/> elements match <paramref name="result"/> (see <see cref="ClickUntilAsync"/>).</summary>
    public static Task ClickUntilCountAsync(ILocator button, ILocator result, int count) =>
        ClickUntilAsync(button, async () => await result.CountAsync() == count, timeout => Expect(result).ToHaveCountAsync(count, new() { Timeout = timeout }), attempts: 8);

    /// <summary>
    /// A click that lands before the circuit attached its handlers does nothing: click again, but only after giving each
    /// click 3 s to show (some buttons toggle, and a dialog covers its button once open).
    /// </summary>
    static async Task ClickUntilAsync(ILocator button, Func<Task<bool>> done, Func<float?, Task> expect, int attempts)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (await done()) return;
            await button.ClickAsync();
            try
            {
                await expect(3000);
                return;
            }
            catch (PlaywrightException)
            {
                // not handled yet; click again
            }
        }
        await expect(null);
    }
}
