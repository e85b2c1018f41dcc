using System.Text.Json;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Browser;

/// <summary>
/// The board's prerendered rows reach the screen before the page's scripts run (their evaluation used to hold the first
/// frame back), and the scripts still start the circuit: the board goes live and answers a click.
/// </summary>
[Trait("Kind", "Browser")]
public class FirstPaintBrowserTests(RunningApp app) : IClassFixture<RunningApp>, IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    /// <summary>
    /// Runs before the page's HTML: records the first contentful paint, the paint of the first prerendered row (chromium's
    /// Element Timing), and what had been painted when Blazor's script began to run (its first assignment of window.Blazor).
    /// </summary>
    const string PaintRecorder = """
        (() => {
          const seen = window.__phPaint = { fcp: null, firstRow: null, atBlazor: null };
          new PerformanceObserver(list => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') seen.fcp = e.startTime; })
            .observe({ type: 'paint', buffered: true });
          new PerformanceObserver(list => { for (const e of list.getEntries()) if (e.identifier === 'ph-first-row') seen.firstRow = e.renderTime || e.loadTime; })
            .observe({ type: 'element', buffered: true });
          new MutationObserver((_, observer) => {
            const cell = document.querySelector('#sessions-preview tbody tr td:nth-child(3)');
            if (!cell) return;
            cell.setAttribute('elementtiming', 'ph-first-row');
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
          let blazor;
          Object.defineProperty(window, 'Blazor', {
            configurable: true,
            get: () => blazor,
            set: value => {
              if (seen.atBlazor === null)
                seen.atBlazor = { at: performance.now(), paints: performance.getEntriesByType('paint').map(p => p.name) };
              blazor = value;
            },
          });
        })()
        """;

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
    public async Task Board_rows_are_painted_before_the_scripts_run_and_the_board_still_goes_live()
    {
        var page = await BrowserPages.LoginAsync(browser, app.BaseUrl, "admin", RunningApp.AdminPassword);
        await page.AddInitScriptAsync(PaintRecorder);
        await page.GotoAsync(app.BaseUrl + "/sessions");
        await BrowserPages.CircuitRenderedAsync(page);
        await Expect(page.Locator("#sessions-grid tr.ph-row").First).ToBeVisibleAsync();

        var seen = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.__phPaint)")).RootElement;
        var atBlazor = seen.GetProperty("atBlazor");
        Assert.True(atBlazor.ValueKind == JsonValueKind.Object, $"Blazor's script never ran: {seen}");
        Assert.Contains("first-contentful-paint", atBlazor.GetProperty("paints").EnumerateArray().Select(p => p.GetString()));
        Assert.True(seen.GetProperty("firstRow").ValueKind == JsonValueKind.Number, $"the prerendered first row was never painted: {seen}");

        // Live: a row's checkbox selects it, which only the circuit can do.
        await page.Locator("#sessions-grid tr.ph-row input.ph-select").First.ClickAsync();
        await Expect(page.Locator("#sessions-grid tr.ph-row-selected")).ToHaveCountAsync(1);
        await page.CloseAsync();
    }
}
