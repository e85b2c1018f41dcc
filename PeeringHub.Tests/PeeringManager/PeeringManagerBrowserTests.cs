using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>The peering manager in chromium against the built app: drag and drop, notes indicator, repeat warning, Member isolation.</summary>
[Trait("Kind", "PeeringManager")]
public class PeeringManagerBrowserTests(PmRunningApp app) : PmBrowserTests(app)
{
    async Task OpenManagerAsync(IPage page)
    {
        await OpenAsync(page, $"/peering-manager?network={App.S.Ours}&lan={App.S.LanId}");
        await Expect(page.Locator($"#peer-{App.S.Plain}")).ToBeVisibleAsync();
    }

    /// <summary>Clicks (or drags) until the expected element appears: the first events can land before the circuit has attached handlers.</summary>
    static async Task RetryAsync(Func<Task> act, ILocator expected)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await act();
            try
            {
                await expected.WaitForAsync(new() { Timeout = 1500 });
                return;
            }
            catch (TimeoutException)
            {
                // Handlers not attached yet; try again.
            }
        }
        await Expect(expected).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Drag_to_rejected_persists_notes_show_the_indicator_and_a_recent_request_warns()
    {
        var page = await LoginAsync("admin", PmRunningApp.AdminPassword);
        await OpenManagerAsync(page);
        await Chromium.ScreenshotAsync(page, "pm-01-potential");
        var plain = $"#peer-{App.S.Plain}";

        await RetryAsync(() => page.DragAndDropAsync(plain, "#tab-Rejected"), page.Locator("#count-Rejected:has-text('1')"));
        await Expect(page.Locator(plain)).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Expect(page.Locator("#count-Rejected")).ToHaveTextAsync("1");
        await RetryAsync(() => page.ClickAsync("#tab-Rejected [role=tab]"), page.Locator(plain));
        await Expect(page.Locator(plain)).ToContainTextAsync("rejected by hand");
        await Chromium.ScreenshotAsync(page, "pm-02-rejected-after-reload");

        await Expect(page.Locator($"#notes-indicator-{App.S.Plain}")).ToHaveCountAsync(0);
        await RetryAsync(() => page.ClickAsync($"{plain} .pm-notes"), page.Locator("#pm-notes-text"));
        await page.FillAsync("#pm-notes-text", "Declined at the last meeting.");
        await page.ClickAsync("#pm-notes-save");
        await Expect(page.Locator($"#notes-indicator-{App.S.Plain}")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "pm-03-notes-indicator");

        await page.ClickAsync("#tab-Peers [role=tab]");
        var detected = $"#peer-{App.S.Detected}";
        await Expect(page.Locator(detected)).ToContainTextAsync("bilateral (sFlow)");
        await RetryAsync(() => page.ClickAsync($"{detected} .pm-request"), page.Locator("#request-recent-warning"));
        await Expect(page.Locator("#request-recent-warning")).ToContainTextAsync(DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd"));
        await Expect(page.Locator("#request-send")).ToBeDisabledAsync();
        await Expect(page.Locator("#mail-to")).ToHaveValueAsync("peering@as64502.example");
        await Chromium.ScreenshotAsync(page, "pm-04-recent-request-warning");
    }

    [Fact]
    public async Task Keyboard_moves_are_live_for_another_viewer()
    {
        var mover = await LoginAsync("admin", PmRunningApp.AdminPassword);
        var watcher = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        await watcher.GotoAsync($"{App.BaseUrl}/account/login");
        await watcher.FillAsync("#userName", "admin");
        await watcher.FillAsync("#password", PmRunningApp.AdminPassword);
        await watcher.ClickAsync("#login");
        await Expect(watcher).Not.ToHaveURLAsync(new Regex("/account/login"));
        await OpenManagerAsync(watcher);
        await OpenManagerAsync(mover);
        var before = int.Parse(await watcher.Locator("#count-Peers").InnerTextAsync());

        // The Potential Bilateral peer, marked as a peer with the P key on the focused row.
        var rs = $"#peer-{App.S.Rs}";
        await RetryAsync(() => mover.ClickAsync("#tab-PotentialBilateral [role=tab]"), mover.Locator(rs));
        await RetryAsync(async () => { await mover.FocusAsync($"{rs} .ph-pm-row"); await mover.Keyboard.PressAsync("p"); }, mover.Locator($"#count-Peers:has-text('{before + 1}')"));

        // The other viewer re-renders from the feed, no reload.
        await Expect(watcher.Locator("#count-Peers")).ToHaveTextAsync((before + 1).ToString());
        await Chromium.ScreenshotAsync(watcher, "pm-06-live-update");

        await mover.ClickAsync("#tab-Peers [role=tab]");
        await mover.FocusAsync($"{rs} .ph-pm-row");
        await mover.Keyboard.PressAsync("b");
        await Expect(watcher.Locator("#count-Peers")).ToHaveTextAsync(before.ToString());
    }

    [Fact]
    public async Task Member_cannot_open_another_networks_manager_nor_read_it_through_the_api()
    {
        var page = await LoginAsync(PmRunningApp.MemberUser, PmRunningApp.MemberPassword);
        var response = await page.GotoAsync($"{App.BaseUrl}/peering-manager?network={App.S.Ours}");
        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("RS Peer");
        await Chromium.ScreenshotAsync(page, "pm-05-member-denied");

        var own = await page.GotoAsync($"{App.BaseUrl}/peering-manager");
        Assert.Equal((int)HttpStatusCode.OK, own!.Status);
        await Expect(page.GetByText("Viewing as AS64503 Plain Peer")).ToBeVisibleAsync();

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", App.MemberToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync($"{App.BaseUrl}/api/peering-manager?network={App.S.Ours}")).StatusCode);
    }
}
