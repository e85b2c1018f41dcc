using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Reference;
using PeeringHub.Tests.Sflow;

namespace PeeringHub.Tests.Security;

/// <summary>
/// Finding 8 of the security test (issue 16): forged sFlow evidence. In Production the agent allow-list is required; while it
/// is empty the collector accepts nothing and says so at start, on /api/sflow/warnings and on the sFlow (peering matrix) page.
/// The collector's own tests (Sflow/CollectorTests, Sflow/DetectionRuleTests) prove that nothing is accepted and that A = B is dropped.
/// </summary>
[Trait("Kind", "Http")]
public class SflowFindingTests(SflowFindingTests.ProductionApp app) : IClassFixture<SflowFindingTests.ProductionApp>
{
    public sealed class ProductionApp : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("PeeringHub:Sflow:Enabled", "true");
            builder.UseSetting("PeeringHub:Sflow:Port", "0");
            builder.UseSetting("PeeringHub:Sflow:BindAddress", "127.0.0.1");
        }
    }

    const string Warning = "The sFlow agent allow-list (PeeringHub:Sflow:AgentAllowList) is empty: in Production no datagram is accepted until it names your switches.";

    [Fact]
    public async Task Finding8_ForgedSflowEvidence_the_empty_allow_list_is_a_warning_in_the_api_and_on_the_sflow_page_for_staff()
    {
        var warnings = await app.ApiClient(AppFactory.AdminToken).GetFromJsonAsync<JsonElement>("/api/sflow/warnings");
        Assert.Contains(warnings.EnumerateArray(), w => w.GetString()!.StartsWith(Warning));

        var users = new UsersApiClient(app);
        await users.CreateAsync("f8-noc", Roles.Noc);
        var noc = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await CookieLogin.PostLoginAsync(noc, "f8-noc", UsersApiClient.PasswordOf("f8-noc"));
        var page = await noc.GetStringAsync("/peering-matrix");
        Assert.Contains("id=\"sflow-warnings\"", page);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Warning), page);

        // Members see the matrix, not the collector's setup.
        await users.CreateAsync("f8-member", Roles.Member, 2);
        var member = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await CookieLogin.PostLoginAsync(member, "f8-member", UsersApiClient.PasswordOf("f8-member"));
        var memberPage = await member.GetStringAsync("/peering-matrix");
        Assert.Contains("Peering Matrix", memberPage);
        Assert.DoesNotContain("sflow-warnings", memberPage);
    }

    [Fact]
    public async Task Finding8_ForgedSflowEvidence_the_collector_warns_at_start_in_production()
    {
        var db = Path.Combine(Path.GetTempPath(), $"sf-f8-{Guid.NewGuid():N}.db");
        var logs = new ListLoggerProvider();
        try
        {
            await using var host = new SflowHost(db, SflowHost.Settings(), environment: "Production", logs: logs);
            await host.SeedAsync(new Sflow.Generator.Truth());
            await host.Collector.StartAsync(CancellationToken.None);
            await host.Collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await host.Collector.StopAsync(CancellationToken.None);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning: sFlow: the agent allow-list (PeeringHub:Sflow:AgentAllowList) is empty; in Production no datagram is accepted"));
    }

    [Fact]
    public async Task Finding8_ForgedSflowEvidence_a_disabled_collector_has_no_allow_list_warning()
    {
        var settings = SflowHost.Settings();
        settings["PeeringHub:Sflow:Enabled"] = "false";
        await using var host = new SflowHost(Path.Combine(Path.GetTempPath(), $"sf-f8-{Guid.NewGuid():N}.db"), settings, environment: "Production");
        Assert.DoesNotContain(host.Collector.Warnings(), w => w.Contains("allow-list"));
    }
}
