using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Board;

/// <summary>
/// The board's tools and the session, router and peer pages against real BIRD sessions, as an operator and as NOC staff:
/// what each may do, what reaches the router, and what the pages show afterwards.
/// </summary>
[Trait("Kind", "Lab")]
[Trait("Kind", "Browser")]
public class SessionPagesLabBrowserTests(BoardLab app) : IClassFixture<BoardLab>, IAsyncLifetime
{
    const string OperatorUser = "operator-1";
    const string NocUser = "noc-1";
    const string Password = "lab-browser-pw-1";
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        // Both tests of this class share the app; the first to run adds the users.
        await UsersAdded.WaitAsync();
        try
        {
            if (usersAddedTo != app.DataDirectory)
            {
                await AppDatabase.CreateUserAsync(app.DataDirectory, OperatorUser, Password, Roles.Operator);
                await AppDatabase.CreateUserAsync(app.DataDirectory, NocUser, Password, Roles.Noc);
                usersAddedTo = app.DataDirectory;
            }
        }
        finally
        {
            UsersAdded.Release();
        }
    }

    static readonly SemaphoreSlim UsersAdded = new(1, 1);
    static string? usersAddedTo;

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    async Task<int> SessionIdAsync(HttpClient api, int routerId, string ip) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/sessions?router={routerId}&search={ip}")).EnumerateArray()
        .Single(s => s.GetProperty("peerIp").GetString() == ip).GetProperty("id").GetInt32();

    async Task OpenBoardAsync(IPage page, string query = "")
    {
        await BrowserPages.OpenAsync(page, app.BaseUrl + "/sessions" + query);
        await Expect(page.Locator("#sessions-grid tr.ph-row-Established").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task An_operator_works_sessions_from_the_board_and_the_session_router_and_peer_pages()
    {
        var page = await BrowserPages.LoginAsync(browser, app.BaseUrl, OperatorUser, Password, height: 3600);
        using var api = app.Api();
        var ip3 = RouterLabFixture.PeerIp(3, 4);

        // Search and the counter strip filter the board and put the filter into the URL.
        await OpenBoardAsync(page);
        await page.FillAsync("#search", ip3);
        await page.PressAsync("#search", "Tab");
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]q={Regex.Escape(ip3)}"));
        await Expect(page.Locator("#sessions-grid tr.ph-row")).ToHaveCountAsync(2);
        await page.ClickAsync("#clear-filters");
        await page.ClickAsync("[data-bucket='AdminDown']");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]state=AdminDown"));
        // The lab starts p002_v6 disabled, on both routers.
        await Expect(page.Locator("#sessions-grid tr.ph-row")).ToHaveCountAsync(2);
        await Expect(page.Locator("#sessions-grid tr.ph-row:not(.ph-row-AdminDown)")).ToHaveCountAsync(0);

        // Shift-click selects a range; Refresh then polls only the selected sessions' router, with progress.
        await OpenBoardAsync(page, "?router=lab-ssh");
        var boxes = page.Locator("#sessions-grid input.ph-select");
        await BrowserPages.ClickUntilVisibleAsync(boxes.Nth(0), page.Locator("#sessions-grid input.ph-select:checked"));
        await boxes.Nth(4).ClickAsync(new() { Modifiers = [KeyboardModifier.Shift] });
        await Expect(page.Locator("#sessions-grid input.ph-select:checked")).ToHaveCountAsync(5);
        await Expect(page.Locator("#refresh")).ToContainTextAsync("Refresh (1 router)");
        // An operator's context menu: Admin Up/Down for the selection, no Delete (that is for admins).
        await page.Locator("#sessions-grid tr.ph-row td").Nth(3).ClickAsync(new() { Button = MouseButton.Right });
        await Expect(page.GetByText("Admin Down (5)")).ToBeVisibleAsync();
        await Expect(page.GetByText(new Regex(@"^Delete \(\d+\)$"))).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Escape");

        // A change on the router updates its row in place, highlighted; the selection and the filter stay.
        var row10 = BrowserPages.SessionRow(page, "lab-ssh", RouterLabFixture.PeerIp(10, 4));
        await app.Lab.RouterCli("disable", "p010_v4");
        await Expect(row10).ToHaveClassAsync(new Regex(@"\bph-row-AdminDown\b"), new() { Timeout = 15_000 });
        await Expect(row10).ToHaveClassAsync(new Regex("ph-row-changed"));
        await Expect(page.Locator("#sessions-grid input.ph-select:checked")).ToHaveCountAsync(5);
        await Expect(page).ToHaveURLAsync(new Regex("[?&]router=lab-ssh"));
        await app.Lab.RouterCli("enable", "p010_v4");
        await Expect(row10).ToHaveClassAsync(new Regex(@"\bph-row-Established\b"), new() { Timeout = 30_000 });

        await page.ClickAsync("#refresh");
        await Expect(page.GetByText("Polled 1 router.")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // CSV of the filtered view: a header and one line per session of lab-ssh.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var csv = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Length > 0).ToList();
        Assert.Equal(1 + 2 * (RouterLabFixture.Peers - 1), csv.Count);
        Assert.All(csv.Skip(1), l => Assert.Contains("lab-ssh", l));

        // The session page: Admin Down with a message reaches the router, the page and the history follow it; Admin Up.
        var id3 = await SessionIdAsync(api, app.SshRouterId, ip3);
        await BrowserPages.OpenAsync(page, $"{app.BaseUrl}/sessions/{id3}");
        await Expect(page.Locator("#detail-state")).ToHaveTextAsync("Established");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "lab-ssh" })).ToHaveAttributeAsync("href", $"/routers/{app.SshRouterId}");
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#detail-admin-down"), page.Locator("#confirm-action"));
        await page.FillAsync("[name='shutdown-message']", "maintenance from the session page");
        await page.ClickAsync("#confirm-action");
        await Expect(page.Locator("#action-summary")).ToHaveTextAsync("1 done, 0 failed", new() { Timeout = 30_000 });
        await Expect(page.Locator("#action-progress")).ToContainTextAsync("1 of 1");
        await page.ClickAsync("#close-results");
        Assert.Matches(@"p003_v4\s+BGP\s+\S+\s+down", await app.Lab.RouterCli("show", "protocols"));
        await Expect(page.Locator("#detail-state")).ToHaveTextAsync("AdminDown", new() { Timeout = 15_000 });
        await Expect(page.Locator("#history li").First).ToContainTextAsync("Established → AdminDown");
        await page.ClickAsync("#detail-admin-up");
        await page.ClickAsync("#confirm-action");
        await Expect(page.Locator("#action-summary")).ToHaveTextAsync("1 done, 0 failed", new() { Timeout = 30_000 });
        await page.ClickAsync("#close-results");
        await Expect(page.Locator("#detail-state")).ToHaveTextAsync("Established", new() { Timeout = 30_000 });

        // Edit: a bad value is refused at its field; a good one is saved; an edit that another user overtook is refused.
        await page.ClickAsync("#detail-edit");
        await page.FillAsync("[name='MaxPrefix']", "0");
        await page.ClickAsync("#save");
        await Expect(page.Locator(".ph-field[data-field='MaxPrefix'] .ph-field-error")).ToBeVisibleAsync();
        await page.FillAsync("[name='MaxPrefix']", "500");
        await page.FillAsync("[name='Description']", "edited on the session page");
        await page.ClickAsync("#save");
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator("dd", new() { HasText = "edited on the session page" })).ToBeVisibleAsync();
        await page.ClickAsync("#detail-edit");
        await page.FillAsync("[name='Description']", "my late edit");
        var current = (await api.GetFromJsonAsync<JsonObject>($"/api/sessions/{id3}"))!;
        current["description"] = "someone else's edit";
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/sessions/{id3}", current)).StatusCode);
        await page.ClickAsync("#save");
        await Expect(page.Locator("#form-message")).ToContainTextAsync("meanwhile");
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("someone else's edit", (await api.GetFromJsonAsync<JsonElement>($"/api/sessions/{id3}")).GetProperty("description").GetString());

        // Deleting is for admins (an operator has no Delete button). Delete only from PeeringHub: the session stays on the
        // router, where the router page offers to import it again.
        var ip4 = RouterLabFixture.PeerIp(4, 4);
        var id4 = await SessionIdAsync(api, app.SshRouterId, ip4);
        await BrowserPages.OpenAsync(page, $"{app.BaseUrl}/sessions/{id4}");
        await Expect(page.Locator("#detail-admin-down")).ToBeVisibleAsync();
        await Expect(page.Locator("#detail-delete")).ToHaveCountAsync(0);
        var admin = await BrowserPages.LoginAsync(browser, app.BaseUrl, "admin", RunningApp.AdminPassword);
        await BrowserPages.OpenAsync(admin, $"{app.BaseUrl}/sessions/{id4}");
        await BrowserPages.ClickUntilVisibleAsync(admin.Locator("#detail-delete"), admin.Locator("#confirm-action"));
        // "Also remove from the router" is on by default: switch it off.
        await admin.Locator(".mud-dialog input[type=checkbox]").ClickAsync();
        await Expect(admin.Locator(".mud-dialog input[type=checkbox]:checked")).ToHaveCountAsync(0);
        await admin.ClickAsync("#confirm-action");
        await Expect(admin.Locator("#action-summary")).ToHaveTextAsync("1 done, 0 failed", new() { Timeout = 30_000 });
        await admin.ClickAsync("#close-results");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/sessions/{id4}")).StatusCode);
        Assert.Contains("p004_v4", await app.Lab.RouterCli("show", "protocols"));

        await BrowserPages.OpenAsync(page, $"{app.BaseUrl}/routers/{app.SshRouterId}");
        await Expect(page.Locator("#router-fingerprint")).ToContainTextAsync("SHA256:");
        var unmanaged = page.Locator("#router-unmanaged tr", new() { HasText = ip4 });
        await Expect(unmanaged).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await unmanaged.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        // Imported: it leaves the unmanaged list (the router's session grid pages, so the row may be on a later page).
        await Expect(unmanaged).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        var imported = (await api.GetFromJsonAsync<JsonElement>($"/api/sessions?router={app.SshRouterId}&search={ip4}")).EnumerateArray().Single(s => s.GetProperty("peerIp").GetString() == ip4);
        Assert.Equal(65004, imported.GetProperty("peerAsn").GetInt64());

        // The router page's tools.
        await page.ClickAsync("#router-test");
        await Expect(page.Locator("#router-message")).ToContainTextAsync("sessions", new() { Timeout = 30_000 });
        // The router-side gate's prerequisites, each ok or missing with its fix.
        await Expect(page.Locator("#gate-check")).ToContainTextAsync("peeringhub-gate 5 bird");
        await Expect(page.Locator("#gate-check li.ph-gate-ok[data-item=socket]")).ToHaveCountAsync(1);
        await page.ClickAsync("#router-refresh");
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#router-running-config"), page.Locator("#running-config"));
        await Expect(page.Locator("#running-config")).ToContainTextAsync("protocol bgp p001_v4", new() { Timeout = 30_000 });
        await Expect(page.Locator("#running-config")).ToContainTextAsync("********");
        Assert.DoesNotContain(app.Lab.Env["MD5_PW"], await page.Locator("#running-config").InnerTextAsync());
        await page.Keyboard.PressAsync("Escape");

        // The peer page lists the peer's sessions across both routers once they belong to the peer's network.
        var network = await (await api.PostAsJsonAsync("/api/networks", new { asn = 65003, name = "Lab Peer Three" })).Content.ReadFromJsonAsync<JsonElement>();
        var networkId = network.GetProperty("id").GetInt32();
        foreach (var s in (await api.GetFromJsonAsync<JsonElement>("/api/sessions?asn=65003")).EnumerateArray())
        {
            var body = JsonNode.Parse(s.GetRawText())!.AsObject();
            body["peerNetworkId"] = networkId;
            Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/sessions/{s.GetProperty("id").GetInt32()}", body)).StatusCode);
        }
        await BrowserPages.OpenAsync(page, $"{app.BaseUrl}/peers/{networkId}");
        await Expect(page.GetByText("AS65003 Lab Peer Three").First).ToBeVisibleAsync();
        await Expect(page.Locator("#peer-sessions tr", new() { HasText = "lab-ssh" })).ToHaveCountAsync(2);
        await Expect(page.Locator("#peer-sessions tr", new() { HasText = "lab-local" })).ToHaveCountAsync(2);
        await Expect(page.Locator("#peer-memberships")).ToContainTextAsync("Not a member of any exchange");

        // Config Manager: the operator edits the rendered config (the MD5 password shown masked), checks it on the router
        // and applies it; the session to the lab's spare peer comes up, so the stored password went back into the text.
        var spare = await (await api.PostAsJsonAsync("/api/sessions", new
        {
            type = 1, routerId = app.SshRouterId, peerAsn = 65000 + app.Lab.Spare, peerIp = RouterLabFixture.PeerIp(app.Lab.Spare, 4),
            md5Password = app.Lab.Env["SPARE_PW"], description = "spare before the config manager",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var spareId = spare.GetProperty("id").GetInt32();
        await BrowserPages.OpenAsync(page, $"{app.BaseUrl}/sessions/{spareId}");
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#detail-config-manager"), page.Locator("[name='config-text']"));
        var editor = page.Locator("[name='config-text']");
        await Expect(editor).ToHaveValueAsync(new Regex("password \"\\*{8}\""), new() { Timeout = 30_000 });
        var text = await editor.InputValueAsync();
        Assert.DoesNotContain(app.Lab.Env["SPARE_PW"], text);
        await editor.FillAsync(text.Replace("spare before the config manager", "edited in the config manager"));
        await page.ClickAsync("#config-check-button");
        await Expect(page.Locator("#config-diff")).ToContainTextAsync("edited in the config manager", new() { Timeout = 30_000 });
        await Expect(page.Locator("#config-check")).ToContainTextAsync("passed");
        await page.ClickAsync("#config-apply");
        await Expect(page.Locator("#config-result")).ToContainTextAsync("Applied; the session is Established", new() { Timeout = 60_000 });
        Assert.Contains("edited in the config manager", await app.Lab.RouterCli("show", "protocols", "all", $"ph_{spareId}"));
        await page.Keyboard.PressAsync("Escape");

        // Delete with "also remove from the router" (the default): gone from both.
        await BrowserPages.OpenAsync(admin, $"{app.BaseUrl}/sessions/{spareId}");
        await BrowserPages.ClickUntilVisibleAsync(admin.Locator("#detail-delete"), admin.Locator("#confirm-action"));
        await Expect(admin.Locator(".mud-dialog input[type=checkbox]:checked")).ToHaveCountAsync(1);
        await admin.ClickAsync("#confirm-action");
        await Expect(admin.Locator("#action-summary")).ToHaveTextAsync("1 done, 0 failed", new() { Timeout = 30_000 });
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/sessions/{spareId}")).StatusCode);
        Assert.DoesNotContain($"ph_{spareId}", await app.Lab.RouterCli("show", "protocols"));

        // Every action above is in the audit trail under its user's name.
        async Task<List<string?>> AuditedActionsOf(string user) => (await api.GetFromJsonAsync<JsonElement>($"/api/audit?user={user}&take=100"))
            .EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        var byOperator = await AuditedActionsOf(OperatorUser);
        Assert.Contains("AdminDown", byOperator);
        Assert.Contains("AdminUp", byOperator);
        Assert.Contains("Update", byOperator);
        Assert.Contains("Create", byOperator); // the import
        Assert.Contains("ConfigManagerApply", byOperator);
        var byAdmin = await AuditedActionsOf("admin");
        Assert.Contains("Delete", byAdmin);
        Assert.Contains("RemoveFromRouter", byAdmin);
        await Chromium.ScreenshotAsync(page, "26-peer-page");
    }

    [Fact]
    public async Task Noc_staff_watch_and_refresh_but_cannot_act()
    {
        var page = await BrowserPages.LoginAsync(browser, app.BaseUrl, NocUser, Password, height: 3600);
        await OpenBoardAsync(page, "?router=lab-local");
        await Expect(page.Locator("#actions")).ToHaveCountAsync(0);
        await Expect(page.Locator("#add-session")).ToHaveCountAsync(0);
        // Right-click opens no action menu for NOC staff (for an operator it offers Admin Up/Down/Delete).
        var cell = page.Locator("#sessions-grid tr.ph-row td").Nth(3);
        await cell.ClickAsync(new() { Button = MouseButton.Right });
        await page.WaitForTimeoutAsync(1000);
        await Expect(page.GetByText(new Regex(@"^Admin Down \(\d+\)$"))).ToHaveCountAsync(0);
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#refresh"), page.GetByText(new Regex(@"^Polled \d+ routers?\.$")));

        using var api = app.Api();
        var id = await SessionIdAsync(api, app.LocalRouterId, RouterLabFixture.PeerIp(5, 4));
        await BrowserPages.OpenAsync(page, $"{app.BaseUrl}/sessions/{id}");
        await Expect(page.Locator("#detail-state")).ToHaveTextAsync("Established");
        foreach (var action in new[] { "#detail-admin-down", "#detail-admin-up", "#detail-edit", "#detail-delete", "#detail-configure", "#reveal-md5" })
            await Expect(page.Locator(action)).ToHaveCountAsync(0);

        // The running config is for everyone on the board's staff, with the MD5 passwords masked.
        await BrowserPages.OpenAsync(page, $"{app.BaseUrl}/routers/{app.SshRouterId}");
        await BrowserPages.ClickUntilVisibleAsync(page.Locator("#router-running-config"), page.Locator("#running-config"));
        await Expect(page.Locator("#running-config")).ToContainTextAsync("********", new() { Timeout = 30_000 });
        Assert.DoesNotContain(app.Lab.Env["MD5_PW"], await page.Locator("#running-config").InnerTextAsync());
    }
}
