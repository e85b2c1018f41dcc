using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Http;

/// <summary>
/// Configure and the Config Manager for scripts (issue 14, "API parity"): the same check, apply, watch and audit as the session
/// page, on the demo's simulated router, whose check and apply follow a real router's rules.
/// </summary>
[Trait("Kind", "Http")]
public class SessionConfigApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    HttpClient Admin => app.ApiClient(AppFactory.AdminToken);

    /// <summary>An Established exchange session of edge1.fra (the poll has just read it).</summary>
    async Task<int> EstablishedSessionAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var edge1 = await db.Routers.SingleAsync(r => r.Name == "edge1.fra");
        await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(edge1.Id);
        return await db.Sessions.Where(s => s.RouterId == edge1.Id && s.Type == SessionType.Exchange && s.State == BgpState.Established)
            .OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    async Task<List<string>> AuditActionsAsync(int sessionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ObjectType == nameof(BgpSession) && a.ObjectId == sessionId.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }

    [Fact]
    public async Task Configure_check_and_apply_through_the_api_change_the_router_and_are_audited()
    {
        var id = await EstablishedSessionAsync();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Sessions.Where(s => s.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Description, "Edited through the API"));

        var check = await Admin.PostAsJsonAsync($"/api/sessions/{id}/configure", new { mode = "check" });
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var preview = await check.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(preview.GetProperty("checkPassed").GetBoolean(), preview.GetRawText());
        Assert.Contains(preview.GetProperty("diff").EnumerateArray(), l => l.GetString()!.StartsWith("+ ") && l.GetString()!.Contains("Edited through the API"));

        var apply = await Admin.PostAsJsonAsync($"/api/sessions/{id}/configure", new { mode = "apply" });
        Assert.Equal(HttpStatusCode.OK, apply.StatusCode);
        var result = await apply.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("applied").GetBoolean(), result.GetRawText());
        Assert.False(result.GetProperty("rolledBack").GetBoolean());

        // The router now has it: the running text shows the edit and a second Configure has nothing left to change.
        var after = await Admin.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/config");
        Assert.Contains("Edited through the API", after.GetProperty("running").GetString());
        Assert.All(after.GetProperty("diff").EnumerateArray(), l => Assert.StartsWith("  ", l.GetString()));
        Assert.Equal(["ConfigCheck", "Configure"], (await AuditActionsAsync(id)).Where(a => a is "ConfigCheck" or "Configure").Distinct().ToList());
    }

    [Fact]
    public async Task Config_manager_apply_through_the_api_applies_the_edited_text_and_refuses_a_broken_one()
    {
        var id = await EstablishedSessionAsync();
        var running = (await Admin.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/config")).GetProperty("running").GetString()!;

        var broken = await Admin.PostAsJsonAsync($"/api/sessions/{id}/config-manager", new { text = running.Replace("neighbor ", "neighbour "), mode = "apply" });
        var refused = await broken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(refused.GetProperty("applied").GetBoolean(), refused.GetRawText());
        Assert.StartsWith("The router's check refused the config; nothing was applied", refused.GetProperty("message").GetString());

        var edited = System.Text.RegularExpressions.Regex.Replace(running, "description \"[^\"]*\"", "description \"From the Config Manager API\"");
        Assert.NotEqual(running, edited);
        var apply = await Admin.PostAsJsonAsync($"/api/sessions/{id}/config-manager", new { text = edited, mode = "apply" });
        var result = await apply.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("applied").GetBoolean(), result.GetRawText());
        Assert.Contains("From the Config Manager API", (await Admin.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/config")).GetProperty("running").GetString());
        Assert.Equal(2, (await AuditActionsAsync(id)).Count(a => a == "ConfigManagerApply"));
    }
}
