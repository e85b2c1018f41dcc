using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Wizard;

/// <summary>
/// The whole path in chromium: the wizard with "Configure router now" against the lab router (BIRD or FRR) ends with the
/// detail page showing Established (the app's own poller and live feed). The lab is left as found.
/// </summary>
public abstract class WizardLabBrowserTests<TFixture>(TFixture lab, RunningApp app) : IAsyncLifetime where TFixture : RouterLabFixture
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;
    WizardPage wizard = null!;
    long routerId;

    public async Task InitializeAsync()
    {
        routerId = await InsertLabRouterAsync();
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(15_000);
        wizard = new WizardPage(page, app.BaseUrl);
        await wizard.LoginAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    /// <summary>A Router row for the lab, as after "accept host key": its SSH key protected with the app's own key ring.</summary>
    async Task<long> InsertLabRouterAsync()
    {
        var secrets = new DataProtectionSecretProtector(DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(app.DataDirectory, "keys")), b => b.SetApplicationName("PeeringHub")));
        var values = new Dictionary<string, object>
        {
            ["Name"] = "lab-" + lab.Platform, ["Platform"] = lab.Platform, ["Transport"] = (int)RouterTransport.Ssh, ["Address"] = "127.0.0.1",
            ["SshPort"] = int.Parse(lab.Env["SSH_PORT"]), ["SshUser"] = lab.Env["LAB_USER"], ["SshPrivateKeyProtected"] = secrets.Protect(File.ReadAllText(lab.Env["SSH_KEY"])),
            ["HostKey"] = File.ReadAllText(lab.Env["SSH_HOST_PUB"]).Trim(), ["LocalAsn"] = 64500L, ["Enabled"] = 1, ["Version"] = Guid.NewGuid().ToString().ToUpperInvariant(),
        };
        await using var db = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "peeringhub.db")}");
        await db.OpenAsync();
        var columns = new List<string>();
        await using (var info = db.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('Routers') WHERE name <> 'Id'";
            await using var r = await info.ExecuteReaderAsync();
            while (await r.ReadAsync()) columns.Add(r.GetString(0));
        }
        // Copy a demo router's bookkeeping columns (created/updated stamps), override what makes it the lab router.
        await using var insert = db.CreateCommand();
        insert.CommandText = $"INSERT INTO Routers ({string.Join(", ", columns)}) SELECT {string.Join(", ", columns.Select(c => values.ContainsKey(c) ? "$" + c : c))} FROM Routers WHERE Name = 'edge1.fra'; SELECT last_insert_rowid();";
        foreach (var (k, v) in values) insert.Parameters.AddWithValue("$" + k, v);
        return Convert.ToInt64(await insert.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ConfigureNow_FromTheWizard_DetailPageShowsEstablished()
    {
        var page = wizard.Page;
        await wizard.OpenAsync($"/sessions/new?router={routerId}", "#wizard-next", wizard.Errors("PeeringLanId"));
        await wizard.PickAsync("Type", "Private");
        await wizard.NextToAsync("RouterId");
        await wizard.TypeAsync("Md5Password", lab.Env["SPARE_PW"]);
        await wizard.NextToAsync("PeerName");
        await page.GetByText("Manual entry").ClickAsync();
        await wizard.TypeAsync("PeerName", "Lab spare peer");
        await wizard.TypeAsync("PeerAsn", (65000 + lab.Spare).ToString());
        await wizard.TypeAsync("PeerIpv4", RouterLabFixture.PeerIp(lab.Spare, 4));
        await wizard.NextToAsync("AsSetName");
        await wizard.NextToAsync("ConfigureNow");
        await page.Locator("[data-field='ConfigureNow'] input[type=checkbox]").ClickAsync();
        var id = await wizard.CreateAsync();
        try
        {
            try
            {
                await Expect(page.Locator("#detail-state")).ToHaveTextAsync("Established", new() { Timeout = 30_000 });
            }
            catch (PlaywrightException e)
            {
                // The router's and the poller's side of it, for a CI log.
                throw new Xunit.Sdk.XunitException(e.Message + "\n--- router ---\n" + (lab.Platform == "bird2" ? await lab.RouterCli("show", "protocols") : await lab.RouterCli("-c", "show bgp summary")) + "\n--- app log ---\n" + app.Log);
            }
            await Chromium.ScreenshotAsync(page, $"wizard-configured-{lab.Platform}");
        }
        finally
        {
            var name = lab.Platform == RouterPlatform.Frr ? RouterLabFixture.PeerIp(lab.Spare, 4) : $"ph_{id}";
            var removed = await lab.Client.RemoveAsync(lab.Ssh, name);
            Assert.True(removed.Succeeded, removed.Message);
        }
    }
}
