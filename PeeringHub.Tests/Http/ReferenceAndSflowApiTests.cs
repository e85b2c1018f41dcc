using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Tests.Reference;

namespace PeeringHub.Tests.Http;

/// <summary>The HTTP side of reference data (IX-F, AS-SETs, PeeringDB status) and of sFlow evidence.</summary>
[Trait("Kind", "Http")]
public class ReferenceAndSflowApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    HttpClient Admin => app.ApiClient(AppFactory.AdminToken);

    static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    async Task<int> NewExchangeAsync(string name) =>
        (await (await Admin.PostAsJsonAsync("/api/exchanges", new { name })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

    [Fact]
    public async Task Ixf_import_previews_then_applies_and_export_round_trips()
    {
        var id = await NewExchangeAsync("IXF-API-IX");
        var doc = await File.ReadAllTextAsync(Path.Combine(ReferenceTestPaths.Fixtures("Ixf"), "ixf-1.0.json"));

        var preview = await Admin.PostAsync($"/api/exchanges/{id}/ixf-import?dryRun=true", Json(doc));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var p = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(p.GetProperty("applied").GetBoolean());
        Assert.True(p.GetProperty("changes").GetArrayLength() > 0);
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>($"/api/exchanges/{id}")).GetProperty("lans").EnumerateArray());

        var applied = await (await Admin.PostAsync($"/api/exchanges/{id}/ixf-import", Json(doc))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(applied.GetProperty("applied").GetBoolean());
        Assert.NotEmpty((await Admin.GetFromJsonAsync<JsonElement>($"/api/exchanges/{id}")).GetProperty("lans").EnumerateArray());

        var export = await Admin.GetFromJsonAsync<JsonElement>($"/api/exchanges/{id}/ixf");
        Assert.Equal("1.0", export.GetProperty("version").GetString());
        Assert.NotEmpty(export.GetProperty("member_list").EnumerateArray());
    }

    [Fact]
    public async Task Ixf_document_failing_the_schema_is_rejected_with_reasons()
    {
        var id = await NewExchangeAsync("IXF-BAD-IX");
        var doc = await File.ReadAllTextAsync(Path.Combine(ReferenceTestPaths.Fixtures("Ixf"), "ixf-invalid.json"));
        var response = await Admin.PostAsync($"/api/exchanges/{id}/ixf-import?dryRun=true", Json(doc));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.PostAsync("/api/exchanges/99999/ixf-import?dryRun=true", Json(doc))).StatusCode);
    }

    [Fact]
    public async Task As_set_endpoints_answer_clearly()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/as-sets/not%20a%20set")).StatusCode);
        var missing = await Admin.GetAsync("/api/as-sets/AS-NEVER-IMPORTED");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("import", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Peeringdb_status_before_any_sync()
    {
        var status = await Admin.GetFromJsonAsync<JsonElement>("/api/peeringdb/sync");
        Assert.False(status.GetProperty("running").GetBoolean());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("lastSuccessfulSyncAt").ValueKind);
        var noc = app.ApiClient(await app.CreateUserWithTokenAsync("noc-pdb", Roles.Noc));
        Assert.Equal(HttpStatusCode.Forbidden, (await noc.PostAsync("/api/peeringdb/sync", null)).StatusCode);
    }

    [Fact]
    public async Task Peering_matrix_and_detected_sessions_over_http()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>();
            var lan = db.PeeringLans.Single(l => l.VlanId == 100);
            db.DetectedSessions.Add(new DetectedSession
            {
                PeeringLanId = lan.Id, AddressFamily = 4, AddressA = "192.0.2.10", AddressB = "192.0.2.11", FirstSeen = DateTime.UtcNow.AddDays(-2),
                LastSeen = DateTime.UtcNow.AddMinutes(-5), Samples = 40, SessionMessageSamples = 12, ReverseSamples = 18,
            });
            await db.SaveChangesAsync();
        }
        var detected = await Admin.GetFromJsonAsync<JsonElement>("/api/detected-sessions");
        Assert.Contains(detected.EnumerateArray(), d => d.GetRawText().Contains("192.0.2.11"));
        var established = await Admin.GetFromJsonAsync<JsonElement>("/api/sflow/pairs?state=Established");
        var pair = Assert.Single(established.EnumerateArray(), d => d.GetProperty("addressB").GetString() == "192.0.2.11");
        Assert.Equal("Established", pair.GetProperty("state").GetString());
        Assert.Contains("KEEPALIVE/UPDATE", pair.GetProperty("why").GetString());
        Assert.Empty((await Admin.GetFromJsonAsync<JsonElement>("/api/sflow/pairs?state=Refused")).EnumerateArray());
        var explained = await Admin.GetFromJsonAsync<JsonElement>("/api/sflow/pairs/explain?lan=1&a=192.0.2.11&b=192.0.2.10");
        Assert.Equal(40, explained.GetProperty("evidence").GetProperty("samples").GetInt64());
        var never = await Admin.GetAsync("/api/sflow/pairs/explain?lan=1&a=192.0.2.12&b=192.0.2.13");
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
        Assert.Contains("check that both are members", await never.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/sflow/pairs/explain?lan=1&a=192.0.2.12&b=2001:db8::1")).StatusCode);
        Assert.Equal(JsonValueKind.Array, (await Admin.GetFromJsonAsync<JsonElement>("/api/sflow/agents")).ValueKind);
        Assert.Equal(JsonValueKind.Array, (await Admin.GetFromJsonAsync<JsonElement>("/api/sflow/warnings")).ValueKind);

        var matrix = await Admin.GetFromJsonAsync<JsonElement>("/api/peering-matrix?lan=1&af=4");
        Assert.True(matrix.GetProperty("members").GetArrayLength() >= 30);
        Assert.True(matrix.GetProperty("counts").GetProperty("bilateral").GetInt32() + matrix.GetProperty("counts").GetProperty("both").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/api/peering-matrix?lan=1&af=5")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync("/api/peering-matrix?lan=9999")).StatusCode);

        var member = app.ApiClient(await app.CreateUserWithTokenAsync("member-matrix", Roles.Member, networkId: 3));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/peering-matrix?lan=1&af=4")).StatusCode); // AllowMembers defaults to true
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/detected-sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/sflow/status")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync("/api/sflow/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/sflow/pairs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/sflow/agents")).StatusCode);
    }
}
