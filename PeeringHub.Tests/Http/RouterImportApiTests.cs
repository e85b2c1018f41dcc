using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Tests.Components;
using PeeringHub.Tests.Infrastructure;
using static PeeringHub.Tests.Components.InventoryScriptedRouterDriver;

namespace PeeringHub.Tests.Http;

/// <summary>The app with a scripted router driver: a router whose sessions the test decides, for the import API.</summary>
public sealed class ScriptedRouterApp : AppFactory
{
    public const string Folder = "/run/peeringhub-scripted-test";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("PeeringHub:LocalTransport:Enabled", "true");
        builder.UseSetting("PeeringHub:LocalTransport:AllowedFolder", Folder);
        builder.ConfigureTestServices(s => s.AddSingleton<IRouterDriver, InventoryScriptedRouterDriver>());
    }

    public InventoryScriptedRouterDriver Driver => Services.GetServices<IRouterDriver>().OfType<InventoryScriptedRouterDriver>().Single();
}

/// <summary>
/// Bulk import for scripts (issue 14): <c>GET /api/routers/{id}/unmanaged</c> lists what PeeringHub does not manage in the
/// router's order, <c>POST /api/routers/{id}/import</c> takes the named ones over and answers one outcome per name.
/// </summary>
[Trait("Kind", "Http")]
public class RouterImportApiTests(ScriptedRouterApp app) : IClassFixture<ScriptedRouterApp>
{
    HttpClient Admin => app.ApiClient(AppFactory.AdminToken);

    async Task<int> RouterAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        // Stored as an existing router would be (the form never offers the test platform).
        var router = new Router { Name = "scripted-api", Platform = Key, Transport = RouterTransport.Local, Address = ScriptedRouterApp.Folder + "/bird.ctl", LocalAsn = 64500, Enabled = false };
        db.Routers.Add(router);
        await db.SaveChangesAsync();
        return router.Id;
    }

    [Fact]
    public async Task Import_api_lists_unmanaged_sessions_in_the_routers_order_and_imports_the_named_ones_with_one_outcome_each()
    {
        var id = await RouterAsync();
        app.Driver.Sessions.AddRange([Session("zeta", "192.0.2.130", 65130), Session("alpha", "192.0.2.120", 64510), Session("bad_asn", "192.0.2.140", 0)]);
        app.Driver.Configs["alpha"] = "protocol bgp alpha {\n  description \"Alpha via the API\";\n  neighbor 192.0.2.120 as 64510;\n}\n";

        var listed = await Admin.GetFromJsonAsync<JsonElement>($"/api/routers/{id}/unmanaged");
        Assert.Equal(["alpha", "bad_asn", "zeta"], listed.EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.PostAsJsonAsync($"/api/routers/{id}/import", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.PostAsJsonAsync($"/api/routers/{id}/import", new { names = new[] { "alpha" }, all = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.PostAsJsonAsync("/api/routers/999999/import", new { all = true })).StatusCode);

        var response = await Admin.PostAsJsonAsync($"/api/routers/{id}/import", new { names = new[] { "alpha", "bad_asn", "nosuch" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcomes = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Equal(["alpha", "bad_asn", "nosuch"], outcomes.Keys);
        Assert.True(outcomes["alpha"].GetProperty("succeeded").GetBoolean(), outcomes["alpha"].GetRawText());
        Assert.False(outcomes["bad_asn"].GetProperty("succeeded").GetBoolean());
        Assert.Contains("ASN must be between 1 and 4294967295.", outcomes["bad_asn"].GetProperty("message").GetString());
        Assert.Contains("not an unmanaged session on scripted-api", outcomes["nosuch"].GetProperty("message").GetString());
        Assert.Contains("alpha", app.Driver.Adopted);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var alpha = await db.Sessions.AsNoTracking().SingleAsync(s => s.RouterId == id);
        Assert.Equal((outcomes["alpha"].GetProperty("sessionId").GetInt32(), "alpha", "Alpha via the API"), (alpha.Id, alpha.RouterSessionName, alpha.Description));
        // 192.0.2.0/24 is the demo exchange's LAN: the session (a public ASN) is mapped to it by its address.
        var lan = await db.PeeringLans.AsNoTracking().SingleAsync(l => l.Ipv4Prefix == "192.0.2.0/24");
        Assert.Equal((lan.Id, SessionType.Exchange), (alpha.PeeringLanId, alpha.Type));
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(a => a.ObjectType == nameof(BgpSession)).ToListAsync(), a => a.ObjectId == alpha.Id.ToString() && a.Action == "Create");
        // Imported once: it is no longer unmanaged.
        Assert.DoesNotContain("alpha", (await Admin.GetFromJsonAsync<JsonElement>($"/api/routers/{id}/unmanaged")).EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }
}
