using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.PeeringManager;

[Trait("Kind", "PeeringManager")]
public class PeeringManagerHttpTests(PmHttpFixture f) : IClassFixture<PmHttpFixture>
{
    PmScenario S => f.S;

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r)
    {
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    static JsonElement Row(JsonElement view, string tab, int networkId) =>
        Assert.Single(view.GetProperty("tabs").GetProperty(tab).EnumerateArray(), r => r.GetProperty("networkId").GetInt32() == networkId);

    [Fact]
    public async Task Get_returns_the_four_tabs_with_reasons()
    {
        var api = f.App.ApiClient(PmAppFactory.AdminToken);
        var view = await JsonAsync(await api.GetAsync($"/api/peering-manager?network={S.Ours}&lan={S.LanId}"));
        Assert.Equal(64500, view.GetProperty("asn").GetInt64());
        Assert.Equal(["Potential", "PotentialBilateral", "Peers", "Rejected"], view.GetProperty("tabs").EnumerateObject().Select(p => p.Name));
        Assert.Equal("route servers, no bilateral session", Row(view, "PotentialBilateral", S.Rs).GetProperty("why").GetString());
        Assert.Equal(["RouteServer", "DetectedBilateral"], Row(view, "Peers", S.Detected).GetProperty("reasons").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("192.0.2.4", Row(view, "Potential", S.Plain).GetProperty("ipv4")[0].GetString());
    }

    [Fact]
    public async Task Move_through_the_api_persists_and_rejects_an_unknown_tab()
    {
        var api = f.App.ApiClient(PmAppFactory.AdminToken);
        var moved = await api.PostAsJsonAsync("/api/peering-manager/move", new { network = S.Ours, lan = S.LanId, peer = S.Rs, tab = "rejected" });
        await JsonAsync(moved);
        Row(await JsonAsync(await api.GetAsync($"/api/peering-manager?network={S.Ours}")), "Rejected", S.Rs);
        await JsonAsync(await api.PostAsJsonAsync("/api/peering-manager/move", new { network = S.Ours, lan = S.LanId, peer = S.Rs, tab = "Potential" }));
        Row(await JsonAsync(await api.GetAsync($"/api/peering-manager?network={S.Ours}")), "PotentialBilateral", S.Rs);

        var bad = await api.PostAsJsonAsync("/api/peering-manager/move", new { network = S.Ours, lan = S.LanId, peer = S.Rs, tab = "Nowhere" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Member_reaches_only_their_own_network_in_the_api_and_the_page()
    {
        var token = await f.App.CreateUserWithTokenAsync("pm-member", Roles.Member, S.Plain, "member@as64503.example");
        var api = f.App.ApiClient(token);
        var own = await JsonAsync(await api.GetAsync("/api/peering-manager"));
        Assert.Equal(S.Plain, own.GetProperty("networkId").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/peering-manager?network={S.Ours}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/peering-manager/move", new { network = S.Ours, lan = S.LanId, peer = S.Rs, tab = "Peers" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/peering-manager/request", new { network = S.Ours, lan = S.LanId, peer = S.Rs, markOnly = true })).StatusCode);

        var browser = f.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await CookieLogin.PostLoginAsync(browser, "pm-member", "password-pm-member-1")).StatusCode);
        var denied = await browser.GetAsync($"/peering-manager?network={S.Ours}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain("RS Peer", await denied.Content.ReadAsStringAsync());
        var page = await browser.GetAsync("/peering-manager");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Viewing as AS64503 Plain Peer", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Settings_page_is_for_admins_only()
    {
        await f.App.CreateUserWithTokenAsync("pm-noc", Roles.Noc);
        var admin = f.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await CookieLogin.PostLoginAsync(admin, "admin", "admin-password-1");
        var page = await admin.GetAsync("/settings/peering-manager");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Peering-request template", await page.Content.ReadAsStringAsync());
        var noc = f.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await CookieLogin.PostLoginAsync(noc, "pm-noc", "password-pm-noc-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await noc.GetAsync("/settings/peering-manager")).StatusCode);
    }

    [Fact]
    public async Task Request_mark_only_is_recorded_and_a_repeat_needs_confirmation()
    {
        var api = f.App.ApiClient(PmAppFactory.AdminToken);
        var body = new { network = S.Ours, lan = S.LanId, peer = S.Detected, markOnly = true };
        await JsonAsync(await api.PostAsJsonAsync("/api/peering-manager/request", body));
        var row = Row(await JsonAsync(await api.GetAsync($"/api/peering-manager?network={S.Ours}")), "Peers", S.Detected);
        Assert.Equal(1, row.GetProperty("requestCount").GetInt32());
        Assert.True(row.GetProperty("hasNotes").GetBoolean());

        var again = await api.PostAsJsonAsync("/api/peering-manager/request", body);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Send again?", await again.Content.ReadAsStringAsync());
        await JsonAsync(await api.PostAsJsonAsync("/api/peering-manager/request", new { network = S.Ours, lan = S.LanId, peer = S.Detected, markOnly = true, confirmRepeat = true }));
    }

    [Fact]
    public async Task Disabling_hides_the_menu_entry_and_makes_page_and_api_404()
    {
        var store = f.App.Services.GetRequiredService<PeeringManagerSettingsStore>();
        var admin = f.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await CookieLogin.PostLoginAsync(admin, "admin", "admin-password-1");
        Assert.Contains("href=\"/peering-manager\"", await (await admin.GetAsync("/")).Content.ReadAsStringAsync());
        await SetEnabledAsync(store, false);
        try
        {
            var api = f.App.ApiClient(PmAppFactory.AdminToken);
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/peering-manager")).StatusCode);
            var browser = f.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await CookieLogin.PostLoginAsync(browser, "admin", "admin-password-1");
            var page = await browser.GetAsync("/peering-manager");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.DoesNotContain("href=\"/peering-manager\"", await (await browser.GetAsync("/")).Content.ReadAsStringAsync());
        }
        finally
        {
            await SetEnabledAsync(store, true);
        }
    }

    async Task SetEnabledAsync(PeeringManagerSettingsStore store, bool enabled)
    {
        await using var scope = f.App.Services.CreateAsyncScope();
        var settings = await store.GetAsync();
        settings.Enabled = enabled;
        await store.SaveAsync(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>(), settings, null);
    }
}
