using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Http;

[Trait("Kind", "Http")]
public class InventoryApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    HttpClient Api => app.ApiClient(AppFactory.AdminToken);

    [Fact]
    public async Task Bad_input_returns_problem_details_with_field_errors()
    {
        var response = await Api.PostAsJsonAsync("/api/routers", new { name = "edge 1", platform = "bird2", address = "999.1.1.1", sshPort = 22, sshUser = "ph", localAsn = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Enter a valid IPv4/IPv6 address or host name.", errors.GetProperty("address")[0].GetString());
        Assert.Equal("ASN must be between 1 and 4294967295.", errors.GetProperty("localAsn")[0].GetString());
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("sshPrivateKey", out _));
    }

    [Fact]
    public async Task Router_create_never_returns_the_key_and_is_audited()
    {
        var response = await Api.PostAsJsonAsync("/api/routers", new { name = "api-edge", platform = "frr", address = "192.0.2.77", sshPort = 22, sshUser = "ph", sshPrivateKey = Sample.Key, localAsn = 64500 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("OPENSSH", body);
        Assert.Contains("\"hasSshPrivateKey\":true", body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();

        var audit = await Api.GetFromJsonAsync<JsonElement>($"/api/audit?objectType=Router&objectId={id}");
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("admin", entry.GetProperty("user").GetString());
        Assert.Equal("Create", entry.GetProperty("action").GetString());
        Assert.DoesNotContain("OPENSSH", entry.GetProperty("after").GetString());
    }

    [Fact]
    public async Task Stale_update_returns_409_and_keeps_the_first_change()
    {
        var created = await (await Api.PostAsJsonAsync("/api/networks", new { asn = 65200, name = "Concurrent Net" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetGuid();

        var first = await Api.PutAsJsonAsync($"/api/networks/{id}", new { asn = 65200, name = "First edit", version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await Api.PutAsJsonAsync($"/api/networks/{id}", new { asn = 65200, name = "Second edit", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("changed by admin", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("First edit", (await Api.GetFromJsonAsync<JsonElement>($"/api/networks/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Exchange_with_lans_round_trip()
    {
        var ix = await (await Api.PostAsJsonAsync("/api/exchanges", new { name = "API-IX", country = "de" })).Content.ReadFromJsonAsync<JsonElement>();
        var ixId = ix.GetProperty("id").GetInt32();
        var lan = await Api.PostAsJsonAsync("/api/peering-lans", new { exchangeId = ixId, name = "LAN", vlanId = 10, ipv4Prefix = "185.77.0.0/24", ipv6Prefix = "2001:7f8:77::/64", peeringManagerEnabled = true });
        Assert.Equal(HttpStatusCode.Created, lan.StatusCode);
        var badLan = await Api.PostAsJsonAsync("/api/peering-lans", new { exchangeId = ixId, name = "LAN2", ipv4Prefix = "2001:db8::/32" });
        Assert.Equal(HttpStatusCode.BadRequest, badLan.StatusCode);

        var fetched = await Api.GetFromJsonAsync<JsonElement>($"/api/exchanges/{ixId}");
        Assert.Equal("DE", fetched.GetProperty("country").GetString());
        Assert.Equal("185.77.0.0/24", Assert.Single(fetched.GetProperty("lans").EnumerateArray()).GetProperty("ipv4Prefix").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"/api/exchanges/{ixId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/api/exchanges/{ixId}")).StatusCode);
    }

    [Fact]
    public async Task Lan_vlan_kinds_and_one_address_on_two_vlans_over_the_api()
    {
        var ix = await (await Api.PostAsJsonAsync("/api/exchanges", new { name = "VLAN-IX" })).Content.ReadFromJsonAsync<JsonElement>();
        var ixId = ix.GetProperty("id").GetInt32();
        var zero = await Api.PostAsJsonAsync("/api/peering-lans", new { exchangeId = ixId, name = "Z", vlanId = 0, ipv4Prefix = "185.78.0.0/24" });
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("choose the Untagged kind", await zero.Content.ReadAsStringAsync());
        var untagged = await (await Api.PostAsJsonAsync("/api/peering-lans", new { exchangeId = ixId, name = "U", vlanMode = "Untagged", ipv4Prefix = "185.78.0.0/24" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Untagged", untagged.GetProperty("vlanMode").GetString());
        var tagged = await (await Api.PostAsJsonAsync("/api/peering-lans", new { exchangeId = ixId, name = "T10", vlanId = 10, ipv4Prefix = "185.78.0.0/24" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Tagged", tagged.GetProperty("vlanMode").GetString());
        var any = await (await Api.PostAsJsonAsync("/api/peering-lans", new { exchangeId = ixId, name = "A", ipv4Prefix = "185.78.0.0/24" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Any", any.GetProperty("vlanMode").GetString());
        var net = (await (await Api.PostAsJsonAsync("/api/networks", new { asn = 65078, name = "Two VLANs" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        async Task<HttpResponseMessage> Member(JsonElement lan) =>
            await Api.PostAsJsonAsync("/api/members", new { networkId = net, peeringLanId = lan.GetProperty("id").GetInt32(), ipv4Address = "185.78.0.7" });
        Assert.Equal(HttpStatusCode.Created, (await Member(untagged)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Member(tagged)).StatusCode); // VLAN 10 vs untagged: detection tells them apart
        var refused = await Member(any);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("sFlow detection tells them apart by VLAN", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"/api/exchanges/{ixId}")).StatusCode);
    }

    [Fact]
    public async Task Demo_data_is_seeded()
    {
        var networks = await Api.GetFromJsonAsync<JsonElement>("/api/networks");
        Assert.True(networks.GetArrayLength() >= 30);
        var exchanges = await Api.GetFromJsonAsync<JsonElement>("/api/exchanges");
        Assert.True(exchanges.EnumerateArray().Count(x => x.GetProperty("name").GetString()!.StartsWith("DEMO-IX")) == 2);
    }
}
