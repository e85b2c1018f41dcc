using System.Text.Json;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Browser;

/// <summary>
/// What a NOC engineer sees at a glance on the demo, measured in the browser: no board column collapses at the usual
/// screen sizes, text contrast of the shell and the links in both themes, the session page's actions without sideways
/// scrolling, and screenshots of the main pages in both themes and on a phone (test-output/).
/// </summary>
[Trait("Kind", "Browser")]
public class LayoutBrowserTests(RunningApp app) : IClassFixture<RunningApp>, IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    /// <summary>The columns a NOC engineer needs, by the header class each carries.</summary>
    static readonly string[] BoardColumns = ["router", "peer", "ip", "type", "exchange", "admin", "state", "since", "prefixes", "error"];
    static readonly (string Path, string Name)[] MainPages =
    [
        ("/", "dashboard"), ("/sessions", "sessions"), ("/sessions/new", "wizard"), ("/peering-manager", "peering-manager"),
        ("/peering-matrix", "peering-matrix"), ("/routers", "routers"), ("/networks", "networks"), ("/exchanges", "exchanges"),
        ("/audit", "audit"), ("/settings", "settings"),
    ];

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

    /// <summary>Header labels and short cells (peer IP, type, admin, since) whose text does not fit their column.</summary>
    const string CutTexts = """
        () => {
          const cut = [];
          for (const th of document.querySelectorAll('#sessions-grid thead th[class*="ph-col-"]')) {
            const label = th.querySelector('.sortable-column-header') ?? th.querySelector('.column-header');
            if (!label) continue;
            if (label.scrollWidth > label.clientWidth + 1 || label.getBoundingClientRect().right > th.getBoundingClientRect().right + 0.5)
              cut.push(`header "${label.textContent.trim()}" needs ${label.scrollWidth} px, has ${label.clientWidth}`);
          }
          const cells = document.querySelectorAll(['ip', 'type', 'admin', 'since'].map(c => `#sessions-grid tr.ph-row td.ph-col-${c}`).join(', '));
          for (const td of cells)
            if (td.scrollWidth > td.clientWidth + 1) cut.push(`cell "${td.textContent.trim()}" needs ${td.scrollWidth} px, has ${td.clientWidth}`);
          return JSON.stringify(cut);
        }
        """;

    async Task<IPage> OpenAsync(string path, int width, int height)
    {
        var page = await BrowserPages.LoginAsync(browser, app.BaseUrl, "admin", RunningApp.AdminPassword, height, width);
        await BrowserPages.OpenAsync(page, app.BaseUrl + path);
        return page;
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1440, 900)]
    [InlineData(1920, 1080)]
    public async Task Every_board_column_keeps_a_width_at_common_screen_sizes(int width, int height)
    {
        var page = await OpenAsync("/sessions", width, height);
        await Expect(page.Locator("#sessions-grid tr.ph-row").First).ToBeVisibleAsync();
        var widths = JsonSerializer.Deserialize<Dictionary<string, double>>(await page.EvaluateAsync<string>("""
            () => JSON.stringify(Object.fromEntries([...document.querySelectorAll('#sessions-grid thead th[class*="ph-col-"]')]
                .map(th => [[...th.classList].find(c => c.startsWith('ph-col-')).slice(7), th.getBoundingClientRect().width])))
            """))!;
        foreach (var column in BoardColumns)
        {
            Assert.True(widths.TryGetValue(column, out var w), $"column '{column}' missing at {width}x{height}: {string.Join(", ", widths.Keys)}");
            Assert.True(w > 40, $"column '{column}' is {w:0} px wide at {width}x{height}");
        }
        // The peer's name and the last error are readable, not cut to nothing.
        var peerCell = page.Locator("#sessions-grid tr.ph-row td.ph-col-peer").First;
        Assert.True((await peerCell.BoundingBoxAsync())!.Width > 100);
        // Every header reads in full ("Prefixe" was cut at 1366), and so do the short cells ("18s ago" read "18s …", "Exchange" "Exchan").
        var cut = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>(CutTexts))!;
        Assert.True(cut.Length == 0, $"cut at {width}x{height}: {string.Join("; ", cut)}");
        // The demo's IPv6 addresses are short; a real exchange's can be 38 characters, and they break across lines, never cut.
        Assert.True(await page.EvaluateAsync<bool>("""
            () => {
              const link = document.querySelector('#sessions-grid tr.ph-row td.ph-col-ip a');
              link.textContent = '2001:7f8:ffff:ffff:ffff:ffff:a506:2914';
              const td = link.closest('td');
              return td.scrollWidth <= td.clientWidth + 1;
            }
            """), $"a long IPv6 address is cut at {width}x{height}");
        await Chromium.ScreenshotAsync(page, $"layout-board-{width}x{height}");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Session_page_shows_its_title_and_every_action_without_sideways_scrolling_at_1366()
    {
        var page = await OpenAsync("/sessions", 1366, 768);
        var first = page.Locator("#sessions-grid a.ph-peer-ip").First;
        await first.ClickAsync();
        await Expect(page.Locator("#detail-state")).ToBeVisibleAsync();
        foreach (var id in new[] { "#detail-admin-up", "#detail-admin-down", "#detail-edit", "#detail-configure", "#detail-config-manager", "#detail-add-sessions", "#detail-delete" })
        {
            var box = await page.Locator(id).BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 1366, $"{id} is outside the 1366 px viewport");
        }
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"), "the session page scrolls sideways");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Shell_text_and_links_have_at_least_4_5_to_1_contrast(bool dark)
    {
        var page = await OpenAsync("/sessions", 1440, 900);
        await Expect(page.Locator("#sessions-grid tr.ph-row").First).ToBeVisibleAsync();
        if (dark) await ToggleThemeAsync(page, dark: true);
        var ratios = JsonSerializer.Deserialize<Dictionary<string, double>>(await page.EvaluateAsync<string>(ContrastScript,
            new[] { ".ph-brand", "#logout", "#theme-toggle", ".ph-user-name", "#sessions-grid a.ph-peer-ip", "#sessions-grid td.ph-col-peer", ".ph-counter-unknown", "h1" }))!;
        foreach (var (selector, ratio) in ratios)
            Assert.True(ratio >= 4.5, $"{selector}: contrast {ratio:0.00}:1 in the {(dark ? "dark" : "light")} theme");
        Assert.Equal(8, ratios.Count);
        if (dark) await ToggleThemeAsync(page, dark: false);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Screenshots_of_the_main_pages_in_both_themes_and_on_a_phone()
    {
        var page = await OpenAsync("/", 1440, 900);
        foreach (var dark in new[] { false, true })
        {
            if (dark) await ToggleThemeAsync(page, dark: true);
            foreach (var (path, name) in MainPages)
            {
                await BrowserPages.OpenAsync(page, app.BaseUrl + path);
                await Expect(page.Locator("h1").First).ToBeVisibleAsync();
                await Chromium.ScreenshotAsync(page, $"page-{name}-{(dark ? "dark" : "light")}");
            }
        }
        await ToggleThemeAsync(page, dark: false);
        await page.SetViewportSizeAsync(390, 844);
        foreach (var (path, name) in MainPages.Take(4))
        {
            await BrowserPages.OpenAsync(page, app.BaseUrl + path);
            await Expect(page.Locator("h1").First).ToBeVisibleAsync();
            await Chromium.ScreenshotAsync(page, $"phone-{name}");
        }
        // On a phone the board is a list of cards: peer, state and since show; the router and error columns do not.
        await BrowserPages.OpenAsync(page, app.BaseUrl + "/sessions");
        var row = page.Locator("#sessions-grid tr.ph-row").First;
        await Expect(row.Locator("td.ph-col-peer")).ToBeVisibleAsync();
        await Expect(row.Locator("td.ph-col-state")).ToBeVisibleAsync();
        await Expect(row.Locator("td.ph-col-since")).ToBeVisibleAsync();
        await Expect(row.Locator("td.ph-col-error")).ToBeHiddenAsync();
        await Expect(page.Locator("#add-session")).ToBeVisibleAsync();
        await Expect(page.Locator("#actions-button")).ToBeVisibleAsync();
        // Before the circuit starts (its script held back here), the prerendered preview shows the same three.
        await page.RouteAsync("**/_framework/blazor.web*.js", route => route.AbortAsync());
        await page.GotoAsync(app.BaseUrl + "/sessions");
        var preview = page.Locator("#sessions-preview tbody tr").First.Locator("td");
        foreach (var shown in new[] { 2, 7, 8 }) await Expect(preview.Nth(shown)).ToBeVisibleAsync(); // peer, state, since
        foreach (var hidden in new[] { 1, 3, 10 }) await Expect(preview.Nth(hidden)).ToBeHiddenAsync(); // router, peer IP, last error
        Assert.True(await preview.Nth(8).EvaluateAsync<bool>("td => td.getBoundingClientRect().right <= window.innerWidth"), "the preview's since column is off the screen");
        await Chromium.ScreenshotAsync(page, "phone-sessions-preview");
        await page.CloseAsync();
    }

    static async Task ToggleThemeAsync(IPage page, bool dark)
    {
        var want = page.Locator(".ph-layout.ph-dark");
        for (var attempt = 0; attempt < 10 && await want.CountAsync() != (dark ? 1 : 0); attempt++)
        {
            await page.ClickAsync("#theme-toggle");
            await Task.Delay(1000);
        }
        await Expect(want).ToHaveCountAsync(dark ? 1 : 0);
    }

    /// <summary>WCAG contrast of each element's text colour against the first opaque background behind it.</summary>
    const string ContrastScript = """
        selectors => {
          const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = el => {
            for (let e = el; e; e = e.parentElement) {
              const c = rgb(getComputedStyle(e).backgroundColor);
              if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c;
            }
            return [255, 255, 255];
          };
          const out = {};
          for (const s of selectors) {
            const el = document.querySelector(s);
            if (!el) continue;
            const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
            out[s] = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          }
          return JSON.stringify(out);
        }
        """;
}
