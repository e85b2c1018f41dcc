using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions.Wizard;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Wizard;

/// <summary><c>POST /api/sessions</c> answers the same bad input with the same messages as the wizard shows at its fields.</summary>
[Trait("Kind", "Wizard")]
public class WizardApiParityTests(AppFactory app) : IClassFixture<AppFactory>
{
    sealed record Demo(int Lan, int Router, int OtherRoutersGroup);

    async Task<Demo> DemoAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var lan = await db.PeeringLans.Where(l => l.Exchange!.Name == "DEMO-IX Frankfurt").Select(l => l.Id).SingleAsync();
        var router = await db.Routers.Where(r => r.Name == "edge1.fra").Select(r => r.Id).SingleAsync();
        var group = await db.PeerGroups.Where(g => g.Router!.Name == "edge2.ams").Select(g => g.Id).FirstAsync();
        return new Demo(lan, router, group);
    }

    async Task<Dictionary<string, string[]>> ApiErrorsAsync(object body)
    {
        var response = await app.ApiClient(AppFactory.AdminToken).PostAsJsonAsync("/api/sessions", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    async Task<Dictionary<string, string[]>> WizardErrorsAsync(WizardState state)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<SessionWizardService>().ValidateAsync(state, WizardStep.Confirm);
        // The wizard's IPv4 box is the API's peerIp; other names are the same, camel-cased in problem details.
        return errors.ToDictionary(e => e.Key == nameof(WizardState.PeerIpv4) ? "peerIp" : char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value);
    }

    static void AssertSame(Dictionary<string, string[]> api, Dictionary<string, string[]> wizard)
    {
        Assert.Equal(api.Keys.Order(), wizard.Keys.Order());
        foreach (var (field, messages) in api) Assert.Equal(messages, wizard[field]);
    }

    [Fact]
    public async Task ExchangeSessionWithWrongGroupAsnAddressMd5AndAsSet_SameMessages()
    {
        var d = await DemoAsync();
        var api = await ApiErrorsAsync(new
        {
            type = (int)SessionType.Exchange, routerId = d.Router, peeringLanId = d.Lan, peerGroupId = d.OtherRoutersGroup, peerAsn = 64512,
            peerIp = "198.51.100.5", md5Password = "has space", asSetName = "not a set!",
        });
        var wizard = await WizardErrorsAsync(new WizardState
        {
            Type = SessionType.Exchange, RouterId = d.Router, PeeringLanId = d.Lan, PeerGroupId = d.OtherRoutersGroup, PeerAsn = 64512,
            PeerIpv4 = "198.51.100.5", Md5Password = "has space", AsSetName = "not a set!", PeerName = "Parity Peer",
        });

        AssertSame(api, wizard);
        Assert.Equal(new[] { "asSetName", "md5Password", "peerAsn", "peerGroupId", "peerIp" }, api.Keys.Order());
        Assert.Equal(["The address is not inside the peering LAN's prefix of its family."], api["peerIp"]);
    }

    [Fact]
    public async Task PrivateSessionOnAnExchangeWithoutRouterAsnOrAddress_SameMessages()
    {
        var d = await DemoAsync();
        var api = await ApiErrorsAsync(new { type = (int)SessionType.Private, routerId = 0, peeringLanId = d.Lan, peerAsn = 0, peerIp = "" });
        var wizard = await WizardErrorsAsync(new WizardState { Type = SessionType.Private, PeeringLanId = d.Lan, PeerName = "Parity Peer" });

        AssertSame(api, wizard);
        Assert.Equal(new[] { "peerAsn", "peerIp", "peeringLanId", "routerId" }, api.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddressTakenOnTheRouter_SameMessage()
    {
        var d = await DemoAsync();
        var api = await ApiErrorsAsync(new { type = (int)SessionType.Private, routerId = d.Router, peerAsn = 15010, peerIp = "203.0.113.1" });
        var wizard = await WizardErrorsAsync(new WizardState { Type = SessionType.Private, RouterId = d.Router, PeerAsn = 15010, PeerIpv4 = "203.0.113.1", PeerName = "Parity Peer" });

        AssertSame(api, wizard);
        Assert.Equal(["This router already has a session with this peer IP."], api["peerIp"]);
    }
}
