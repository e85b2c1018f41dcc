using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Http;

[Trait("Kind", "Http")]
public class SessionApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    HttpClient Admin => app.ApiClient(AppFactory.AdminToken);

    [Fact]
    public async Task Sessions_filter_by_router_state_and_asn()
    {
        var all = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions");
        Assert.True(all.GetArrayLength() >= 35);
        var established = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions?state=Established");
        Assert.All(established.EnumerateArray(), s => Assert.Equal("Established", s.GetProperty("state").GetString()));
        var edge1 = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions?router=1&asn=64497");
        Assert.All(edge1.EnumerateArray(), s => Assert.Equal(("edge1.fra", 64497L), (s.GetProperty("routerName").GetString(), s.GetProperty("peerAsn").GetInt64())));
        Assert.DoesNotContain("md5PasswordProtected", all.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_matches_exchange_and_router_names_as_well_as_the_peer()
    {
        var amsterdam = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions?search=Amsterdam");
        Assert.NotEmpty(amsterdam.EnumerateArray());
        Assert.All(amsterdam.EnumerateArray(), s => Assert.Equal("DEMO-IX Amsterdam", s.GetProperty("exchangeName").GetString()));
        var edge2 = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions?search=edge2");
        Assert.NotEmpty(edge2.EnumerateArray());
        // the sessions of edge2.ams (other tests of this class add some), and edge1's iBGP session described "iBGP edge2.ams"
        var onEdge2 = (await Admin.GetFromJsonAsync<JsonElement>("/api/sessions?router=2")).GetArrayLength();
        Assert.Equal(onEdge2, edge2.EnumerateArray().Count(s => s.GetProperty("routerName").GetString() == "edge2.ams"));
        Assert.All(edge2.EnumerateArray(), s => Assert.Contains("edge2", s.GetProperty("routerName").GetString() + " " + s.GetProperty("description").GetString()));
        var peer = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions?search=Nordwind");
        Assert.All(peer.EnumerateArray(), s => Assert.Equal(64497L, s.GetProperty("peerAsn").GetInt64()));
    }

    [Fact]
    public async Task Create_session_validates_like_the_wizard()
    {
        var bad = await Admin.PostAsJsonAsync("/api/sessions", new { type = 0, routerId = 1, peeringLanId = 1, peerAsn = 64512, peerIp = "10.9.9.9", md5Password = "has space" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Private and reserved ASNs are only allowed for private or local-peer sessions.", errors.GetProperty("peerAsn")[0].GetString());
        Assert.Equal("The address is not inside the peering LAN's prefix of its family.", errors.GetProperty("peerIp")[0].GetString());
        Assert.StartsWith("Up to 80 characters of", errors.GetProperty("md5Password")[0].GetString());

        var duplicate = await Admin.PostAsJsonAsync("/api/sessions", new { type = 0, routerId = 1, peeringLanId = 1, peerAsn = 64497, peerIp = "192.0.2.10" });
        Assert.Equal("This router already has a session with this peer IP.",
            (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("peerIp")[0].GetString());

        var ok = await Admin.PostAsJsonAsync("/api/sessions", new { type = 1, routerId = 2, peerAsn = 65010, peerIp = "203.0.113.77", md5Password = "s3cret-Pw", description = "PNI" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var body = await ok.Content.ReadAsStringAsync();
        Assert.Contains("\"hasMd5Password\":true", body);
        Assert.DoesNotContain("s3cret", body);
    }

    [Fact]
    public async Task Admin_state_validates_its_request()
    {
        var response = await Admin.PostAsJsonAsync("/api/sessions/admin-state", new { ids = Array.Empty<int>(), state = "sideways" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("state", out _));
        Assert.True(errors.TryGetProperty("ids", out _));
    }

    [Fact]
    public async Task Roles_are_enforced_on_session_endpoints()
    {
        var noc = app.ApiClient(await app.CreateUserWithTokenAsync("noc-s", Roles.Noc));
        var member = app.ApiClient(await app.CreateUserWithTokenAsync("member-s", Roles.Member, networkId: 2));
        Assert.Equal(HttpStatusCode.OK, (await noc.GetAsync("/api/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await noc.GetAsync("/api/sessions/1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noc.PostAsJsonAsync("/api/sessions/admin-state", new { ids = new[] { 1 }, state = "down" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noc.DeleteAsync("/api/sessions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync("/api/sessions/refresh", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/routers/1/host-key")).StatusCode);
    }

    [Fact]
    public async Task Operators_act_and_edit_admins_delete_noc_refreshes()
    {
        var ops = app.ApiClient(await app.CreateUserWithTokenAsync("ops-s", Roles.Operator));
        var noc = app.ApiClient(await app.CreateUserWithTokenAsync("noc-s2", Roles.Noc));
        var created = await ops.PostAsJsonAsync("/api/sessions", new { type = 1, routerId = 2, peerAsn = 65011, peerIp = "203.0.113.78", description = "by an operator" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var session = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (int)session["id"]!;
        session["description"] = "edited by an operator";
        Assert.Equal(HttpStatusCode.OK, (await ops.PutAsJsonAsync($"/api/sessions/{id}", session)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noc.PutAsJsonAsync($"/api/sessions/{id}", session)).StatusCode);
        // The session is not on the (simulated) router yet: the action runs and reports the router's answer per session.
        var acted = await ops.PostAsJsonAsync("/api/sessions/admin-state", new { ids = new[] { id }, state = "down" });
        Assert.Equal(HttpStatusCode.OK, acted.StatusCode);
        Assert.Equal(id, (await acted.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("sessionId").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await ops.DeleteAsync($"/api/sessions/{id}")).StatusCode);
        Assert.True((await noc.PostAsJsonAsync("/api/sessions/refresh", new { routers = new[] { 2 } })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Admin.DeleteAsync($"/api/sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/sessions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Session_by_id_is_updated_with_its_version_and_keeps_its_history()
    {
        var created = await Admin.PostAsJsonAsync("/api/sessions", new { type = 1, routerId = 2, peerAsn = 65012, peerIp = "203.0.113.79", description = "v1" });
        var first = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (int)first["id"]!;
        var read = await Admin.GetFromJsonAsync<JsonObject>($"/api/sessions/{id}");
        Assert.Equal(("203.0.113.79", "v1", "edge2.ams"), ((string)read!["peerIp"]!, (string)read["description"]!, (string)read["routerName"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync("/api/sessions/999999")).StatusCode);

        read["description"] = "v2";
        Assert.Equal(HttpStatusCode.OK, (await Admin.PutAsJsonAsync($"/api/sessions/{id}", read)).StatusCode);
        // The same version again: someone else's save came first, nothing is overwritten.
        read["description"] = "v3 from a stale copy";
        var stale = await Admin.PutAsJsonAsync($"/api/sessions/{id}", read);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("meanwhile", await stale.Content.ReadAsStringAsync());
        Assert.Equal("v2", (string)(await Admin.GetFromJsonAsync<JsonObject>($"/api/sessions/{id}"))!["description"]!);

        // A poll sees it down with a reason: the history says from what, to what and why.
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordAsync(2,
                [new ObservedSession("203.0.113.79", 65012, BgpState.Active, null, null, null, "Connection refused", false)]);
        var history = await Admin.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/history");
        var change = history.EnumerateArray().First();
        Assert.Equal(("Unknown", "Active", "Connection refused"),
            (change.GetProperty("oldState").GetString(), change.GetProperty("newState").GetString(), change.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync("/api/sessions/999999/history")).StatusCode);
    }

    [Fact]
    public async Task Sessions_filter_by_exchange_and_type()
    {
        var exchange = await Admin.GetFromJsonAsync<JsonElement>("/api/exchanges/1");
        var onIt = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions?exchange=1");
        Assert.NotEqual(0, onIt.GetArrayLength());
        Assert.All(onIt.EnumerateArray(), s => Assert.Equal(exchange.GetProperty("name").GetString(), s.GetProperty("exchangeName").GetString()));
        var all = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions");
        Assert.True(onIt.GetArrayLength() < all.GetArrayLength());
        var privateOnes = await Admin.GetFromJsonAsync<JsonElement>("/api/sessions?type=Private");
        Assert.NotEqual(0, privateOnes.GetArrayLength());
        Assert.All(privateOnes.EnumerateArray(), s => Assert.Equal("Private", s.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task SignalR_hub_pushes_state_changes_to_token_clients()
    {
        var server = app.Server;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/sessions"), o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(AppFactory.AdminToken);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        var received = new TaskCompletionSource<List<SessionStateChanged>>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The demo's simulated routers publish changes of their own (polls, flaps): wait for the batch this test records.
        hub.On<List<SessionStateChanged>>("StateChanged", changes =>
        {
            if (changes.Any(c => c.LastError == "Hold timer expired (recorded by the test)")) received.TrySetResult(changes);
        });
        await hub.StartAsync();

        // The poller's path: the recorder stores an observation and publishes it on the feed the hub forwards.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>();
            var router = db.Routers.Single(r => r.Name == "edge1.fra");
            var ips = db.Sessions.Where(s => s.RouterId == router.Id).Select(s => s.PeerIp).ToList();
            var observed = ips.Select(ip => new ObservedSession(ip, null, BgpState.Idle, null, null, null, "Hold timer expired (recorded by the test)", false)).ToList();
            await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordAsync(router.Id, observed);
        }
        var batch = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains(batch, c => c.NewState == BgpState.Idle && c.LastError == "Hold timer expired (recorded by the test)");

        var anonymous = new HubConnectionBuilder().WithUrl(new Uri(server.BaseAddress, "hubs/sessions"), o =>
        {
            o.HttpMessageHandlerFactory = _ => server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
        }).Build();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var memberToken = await app.CreateUserWithTokenAsync("member-hub", Roles.Member, networkId: 2);
        await using var member = new HubConnectionBuilder().WithUrl(new Uri(server.BaseAddress, "hubs/sessions"), o =>
        {
            o.HttpMessageHandlerFactory = _ => server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
            o.AccessTokenProvider = () => Task.FromResult<string?>(memberToken);
        }).Build();
        var forbidden = await Assert.ThrowsAsync<HttpRequestException>(() => member.StartAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
