using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Contract;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>
/// Finding 2 of the security test (issue 16), through the API: a Config Manager check leaves the router's session files exactly
/// as they were (success, BIRD's refusal, or our refusal of a framing line), and every preview and check is audited with the
/// password masked. The router is the real BIRD driver over the lab gate's file operations in memory.
/// </summary>
[Trait("Kind", "Http")]
public class ConfigManagerCheckAuditTests(ConfigManagerCheckAuditTests.GateApp app) : IClassFixture<ConfigManagerCheckAuditTests.GateApp>
{
    /// <summary>The BIRD driver with every call going to <see cref="Gate"/>, whatever transport the app hands it.</summary>
    public sealed class GateBirdDriver : IRouterDriver
    {
        public const string Key = "gate-bird";
        readonly BirdDriver bird = new();
        public InMemoryBirdGate Gate { get; } = new();
        public string Platform => Key;
        public Task<IReadOnlyList<RouterSession>> ListSessionsAsync(RouterTarget r, IRouterTransport t, CancellationToken ct) => bird.ListSessionsAsync(r, Gate, ct);
        public Task<IReadOnlyList<SessionActionResult>> SetAdminStateAsync(RouterTarget r, IRouterTransport t, AdminStateRequest q, CancellationToken ct) => bird.SetAdminStateAsync(r, Gate, q, ct);
        public RenderedConfig Render(RouterTarget r, SessionConfig s) => bird.Render(r, s);
        public Task<string> CheckAsync(RouterTarget r, IRouterTransport t, RenderedConfig c, CancellationToken ct) => bird.CheckAsync(r, Gate, c, ct);
        public Task<string> ApplyAsync(RouterTarget r, IRouterTransport t, RenderedConfig c, ApplyOptions o, CancellationToken ct) => bird.ApplyAsync(r, Gate, c, o, ct);
        public Task<string> RemoveAsync(RouterTarget r, IRouterTransport t, string s, ApplyOptions o, CancellationToken ct) => bird.RemoveAsync(r, Gate, s, o, ct);
        public Task<IReadOnlyList<RenderedConfig>> ReadRunningConfigAsync(RouterTarget r, IRouterTransport t, CancellationToken ct) => bird.ReadRunningConfigAsync(r, Gate, ct);
    }

    public sealed class GateApp : AppFactory
    {
        public GateBirdDriver Driver { get; } = new();
        protected override void Configure(IWebHostBuilder builder) => builder.ConfigureServices(s => s.AddSingleton<IRouterDriver>(Driver));
    }

    const string Secret = "md5-s3cret-Pw";
    const string Other = "# managed by PeeringHub\nprotocol bgp ph_90 from peer4 {\n  neighbor 192.0.2.90 as 65090;\n  password \"other-secret\";\n}\n";

    async Task<int> SessionAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var router = new Router { Name = "gate-" + Guid.NewGuid().ToString("N")[..6], Platform = GateBirdDriver.Key, Transport = RouterTransport.Local, Address = "/run/peeringhub/gate.ctl", LocalAsn = 64500, Enabled = false };
        var session = new BgpSession
        {
            Router = router, Type = SessionType.Private, PeerAsn = 65095, PeerIp = "192.0.2.95", AddressFamily = 4, Description = "AS65095 test",
            Md5PasswordProtected = scope.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(Secret),
        };
        db.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    Dictionary<string, string> Files() => new(app.Driver.Gate.Files);

    async Task<List<(string Action, string After)>> AuditAsync(int sessionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().AuditEntries.Where(a => a.ObjectId == sessionId.ToString() && a.ObjectType == nameof(BgpSession))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.After }).ToListAsync()).Select(a => (a.Action, a.After ?? "")).ToList();
    }

    [Fact]
    public async Task Finding2_ConfigManagerCheckWritesOtherSessionsFiles_checks_leave_every_file_as_it_was_and_are_audited()
    {
        var id = await SessionAsync();
        app.Driver.Gate.Files["ph_90"] = Other;
        var before = Files();
        var api = app.ApiClient(AppFactory.AdminToken);

        // Preview (our rendering, checked on the router): nothing stays behind.
        var preview = await api.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/config");
        Assert.True(preview.GetProperty("checkPassed").GetBoolean(), preview.ToString());
        var shown = preview.GetProperty("rendered").GetString()!;
        Assert.DoesNotContain(Secret, shown);
        Assert.Equal(before, Files());

        // The operator's edited text, accepted by the check: still nothing stays behind.
        var edited = shown.Replace("AS65095 test", "AS65095 edited");
        var ok = await api.PostAsJsonAsync($"/api/sessions/{id}/config-manager", new { text = edited, mode = "check" });
        Assert.True(ok.IsSuccessStatusCode, await ok.Content.ReadAsStringAsync());
        Assert.True((await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checkPassed").GetBoolean());
        Assert.Equal(before, Files());

        // Refused by BIRD's check: the session's file is taken away again.
        app.Driver.Gate.CheckFails = true;
        var refused = await (await api.PostAsJsonAsync($"/api/sessions/{id}/config-manager", new { text = edited, mode = "check" })).Content.ReadFromJsonAsync<JsonElement>();
        app.Driver.Gate.CheckFails = false;
        Assert.False(refused.GetProperty("checkPassed").GetBoolean());
        Assert.Equal(before, Files());

        // A framing line that would start ph_90's file: refused before anything is sent.
        var framed = await api.PostAsJsonAsync($"/api/sessions/{id}/config-manager", new { text = edited + "%%% ph_90\nprotocol bgp ph_90 from peer4 { }\n", mode = "check" });
        Assert.Equal(HttpStatusCode.BadRequest, framed.StatusCode);
        Assert.Equal(before, Files());
        Assert.DoesNotContain(app.Driver.Gate.Commands, c => c.Args[0] == "put-conf" && c.Stdin!.Contains("%%% ph_90"));

        var audit = (await AuditAsync(id)).Where(a => a.Action.StartsWith("Config")).ToList();
        Assert.Equal(["ConfigCheck", "ConfigManagerCheck", "ConfigManagerCheck", "ConfigManagerCheck"], audit.Select(a => a.Action));
        Assert.Contains("\"Accepted\":true", audit[1].After);
        Assert.Contains("AS65095 edited", audit[1].After);
        Assert.Contains("\"Accepted\":false", audit[2].After);
        Assert.Contains("%%%", audit[3].After);
        Assert.All(audit, a => Assert.DoesNotContain(Secret, a.After));
    }
}
