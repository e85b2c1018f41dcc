using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Wizard;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Demo;

/// <summary>
/// A newcomer's first minutes on a fresh demo database without network access: the wizard's PeeringDB lookup, AS-SET validation
/// against the demo IRR, the unreachable-IRR message, and live sFlow evidence in the peering manager and the matrix.
/// </summary>
[Trait("Kind", "Browser")]
public class DemoBrowserTests(DemoRunningApp app) : IClassFixture<DemoRunningApp>, IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;
    WizardPage wizard = null!;
    IPage Page => wizard.Page;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(20_000);
        wizard = new WizardPage(page, app.BaseUrl);
        await wizard.LoginAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    async Task<long> ScalarAsync(string sql)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "peeringhub.db")}");
        await db.OpenAsync();
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Wizard_finds_a_demo_network_in_peeringdb_offline()
    {
        var lan = await ScalarAsync("SELECT l.Id FROM PeeringLans l JOIN Exchanges x ON x.Id = l.ExchangeId WHERE x.Name = 'DEMO-IX Frankfurt'");
        var router = await ScalarAsync("SELECT Id FROM Routers WHERE Name = 'edge1.fra'");
        await wizard.OpenAsync($"/sessions/new?lan={lan}&router={router}", "#wizard-next", Page.Locator("[data-field='RouterId']"));
        await wizard.NextToAsync("PeerName");
        await wizard.TypeAsync("PeerSearch", "beacon");
        await Page.ClickAsync("#peer-search");
        await Page.Locator(".ph-peer-result", new() { HasText = "AS65538 Beacon DNS (demo)" }).ClickAsync();
        await Expect(wizard.Input("PeerIpv4")).ToHaveValueAsync("192.0.2.27");
        await Expect(wizard.Input("PeerIpv6")).ToHaveValueAsync("2001:db8:1::1b");
        await Expect(wizard.Input("MaxPrefixV4")).ToHaveValueAsync("129");
        await Expect(Page.Locator("#peer-existing")).ToContainTextAsync("Existing network AS65538 Beacon DNS (demo)");

        // On through AS-SET (filled from PeeringDB) and Confirm: both sessions are created on the simulated router.
        await wizard.NextToAsync("AsSetName");
        await wizard.NextAsync();
        await Expect(Page.Locator("#wizard-create")).ToBeVisibleAsync();
        var id = await wizard.CreateAsync();
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM Sessions WHERE PeerAsn = 65538 AND RouterId = " + router));
        Assert.Equal(1, await ScalarAsync($"SELECT COUNT(*) FROM Sessions WHERE Id = {id} AND PeerIp IN ('192.0.2.27', '2001:db8:1::1b') AND Type = {(int)PeeringHub.Core.Domain.SessionType.Exchange}"));
    }

    [Fact]
    public async Task As_set_step_validates_a_demo_set_offline_and_says_unreachable_for_others_without_a_stale_banner()
    {
        var router = await ScalarAsync("SELECT Id FROM Routers WHERE Name = 'edge1.fra'");
        await wizard.OpenAsync($"/sessions/new?router={router}", "#wizard-next", wizard.Errors("PeeringLanId"));
        await wizard.PickAsync("Type", "Private");
        await wizard.NextToAsync("RouterId");
        await wizard.NextToAsync("PeerName");
        await Page.GetByText("Manual entry").ClickAsync();
        await wizard.TypeAsync("PeerName", "Offline Demo Peer");
        await wizard.TypeAsync("PeerAsn", "15011");
        await wizard.TypeAsync("PeerIpv4", "203.0.113.78");
        await wizard.NextToAsync("AsSetName");

        await wizard.TypeAsync("AsSetName", "not a set!");
        await wizard.NextAsync();
        await Expect(Page.Locator("#form-message")).ToContainTextAsync("Please correct the highlighted fields.");

        await wizard.TypeAsync("AsSetName", "AS-PHDEMO");
        await Page.ClickAsync("#wizard-validate-as-set");
        await Expect(Page.Locator("#as-set-outcome")).ToContainTextAsync("AS-PHDEMO is valid: 2 member ASNs");
        await Expect(Page.Locator("#form-message")).ToHaveCountAsync(0);

        await wizard.TypeAsync("AsSetName", "AS-SOMEWHERE-REAL");
        await Page.ClickAsync("#wizard-validate-as-set");
        await Expect(Page.Locator("#as-set-outcome")).ToContainTextAsync("IRR server unreachable — retry or enter prefixes", new() { Timeout = 30_000 });
        await Expect(Page.Locator("#as-set-outcome")).Not.ToContainTextAsync("Not valid");
        await Chromium.ScreenshotAsync(Page, "demo-irr-unreachable");
        await Page.ClickAsync("#wizard-import-as-set");
        await Expect(Page.Locator("#as-set-outcome")).ToContainTextAsync("IRR server unreachable — retry or enter prefixes", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task Peering_manager_shows_a_potential_bilateral_peer_with_sflow_evidence_and_the_matrix_agrees()
    {
        var lan = await ScalarAsync("SELECT l.Id FROM PeeringLans l JOIN Exchanges x ON x.Id = l.ExchangeId WHERE x.Name = 'DEMO-IX Amsterdam'");
        var vega = await ScalarAsync("SELECT Id FROM Networks WHERE Name = 'Vega Content (demo)'");
        var polaris = await ScalarAsync("SELECT Id FROM Networks WHERE Name = 'Polaris Mobile (demo)'");
        // Within a minute of the start the demo sender's sFlow has been through the collector.
        using var api = app.Api();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var pairs = await api.GetFromJsonAsync<JsonElement>($"/api/sflow/pairs?lan={lan}");
            if (pairs.EnumerateArray().Any(p => p.GetProperty("state").GetString() == "Refused")) break;
            Assert.True(DateTime.UtcNow < deadline, "no refused pair from the demo sender within 60 s");
            await Task.Delay(1000);
        }

        await BrowserPages.OpenAsync(Page, $"{app.BaseUrl}/peering-manager?lan={lan}");
        await BrowserPages.ClickUntilVisibleAsync(Page.Locator("#tab-PotentialBilateral [role='tab']"), Page.Locator($"#peer-{vega}"));
        await Expect(Page.Locator($"#peer-{vega}")).ToContainTextAsync("route servers + sFlow: connection refused, no bilateral session");
        await Expect(Page.Locator($"#sflow-{vega}")).ToContainTextAsync("first seen");
        await Chromium.ScreenshotAsync(Page, "demo-pm-potential-bilateral");
        await BrowserPages.ClickUntilVisibleAsync(Page.Locator("#tab-Peers [role='tab']"), Page.Locator($"#peer-{polaris}"));
        await Expect(Page.Locator($"#peer-{polaris}")).ToContainTextAsync("bilateral (sFlow)");

        await BrowserPages.OpenAsync(Page, $"{app.BaseUrl}/peering-matrix");
        await Expect(Page.Locator("#matrix-lan")).ToHaveValueAsync("DEMO-IX Amsterdam — Peering LAN");
        var vegaCell = Page.Locator("#peering-matrix td[data-a='64496'][data-b='64511']");
        await Expect(vegaCell).ToHaveAttributeAsync("data-tab", "PotentialBilateral");
        await Expect(vegaCell).ToHaveAttributeAsync("data-kind", "RouteServer");
        await Expect(vegaCell).ToHaveAttributeAsync("data-reasons", "RouteServer, DetectedRefused");
        await Expect(vegaCell).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("sFlow: Refused, first seen"));
        var polarisCell = Page.Locator("#peering-matrix td[data-a='64496'][data-b='64507']");
        await Expect(polarisCell).ToHaveAttributeAsync("data-tab", "Peers");
        await Expect(polarisCell).ToHaveAttributeAsync("data-kind", "Both");
        await Chromium.ScreenshotAsync(Page, "demo-peering-matrix");
    }

    [Fact]
    public async Task PeeringDb_page_imports_saved_api_files_and_refuses_a_broken_one()
    {
        var good = Path.Combine(app.DataDirectory, "net.json");
        await File.WriteAllTextAsync(good, "{\"data\":[{\"id\":770001,\"org_id\":1,\"name\":\"Uploaded Net\",\"asn\":4200000077,\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-11-01T00:00:00Z\",\"status\":\"ok\"}],\"meta\":{}}");
        var bad = Path.Combine(app.DataDirectory, "poc.json");
        await File.WriteAllTextAsync(bad, "{\"data\":[{\"id\":1,");
        await BrowserPages.OpenAsync(Page, $"{app.BaseUrl}/reference/peeringdb");
        await Expect(Page.Locator("#pdb-endpoints")).ToContainTextAsync("netixlan"); // the demo snapshot's import is listed

        await Page.Locator("#import-replace").ClickAsync(); // merge: keep the demo's networks
        await Page.Locator("input[type='file']").Last.SetInputFilesAsync(good);
        await Expect(Page.Locator("#sync-result")).ToContainTextAsync("1 updated", new() { Timeout = 30_000 });
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM Pdb_net WHERE Asn = 4200000077"));
        Assert.True(await ScalarAsync("SELECT COUNT(*) FROM Pdb_net WHERE Asn = 64496") == 1);

        await Page.Locator("input[type='file']").Last.SetInputFilesAsync(bad);
        await Expect(Page.Locator("#import-result")).ToContainTextAsync("PeeringDB 'poc': malformed JSON");
        await Expect(Page.Locator("#import-result")).ToContainTextAsync("Nothing was imported.");
        Assert.True(await ScalarAsync("SELECT COUNT(*) FROM Pdb_poc") > 0);
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'ImportPeeringDb' AND User = 'admin'"));
    }
}
