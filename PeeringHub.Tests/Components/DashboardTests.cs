using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.App.Components.Pages;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.Domain;

namespace PeeringHub.Tests.Components;

/// <summary>The dashboard: a real install's getting-started list for admins; a Member sees only what a Member may open.</summary>
[Trait("Kind", "Component")]
public class DashboardTests : MudComponentTest
{
    void Services(string user, params string[] roles)
    {
        Ctx.Services.AddOptions<PeeringMatrixOptions>();
        Ctx.Services.AddSingleton<PeeringMatrixAccess>();
        Ctx.AddAppServices(user, roles);
    }

    [Fact]
    public async Task A_fresh_install_shows_the_getting_started_list_ticked_from_the_data()
    {
        Services("admin", Roles.Admin);
        await Ctx.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PeeringHubDbContext>();
            db.Routers.Add(new Router { Name = "r1", Address = "192.0.2.250", SshUser = "ph", LocalAsn = 64496 });
            return await db.SaveChangesAsync();
        });
        var page = Ctx.Render<Home>();
        page.WaitForElement("#getting-started");
        Assert.Equal("true", page.Find("[data-step='router']").GetAttribute("data-done"));
        Assert.Equal("false", page.Find("[data-step='router-tested']").GetAttribute("data-done"));
        Assert.Equal("false", page.Find("[data-step='smtp']").GetAttribute("data-done"));
        Assert.Contains("1 of 6 done", page.Find("#getting-started").TextContent);
        Assert.Equal("/users", page.Find("[data-step='users'] a").GetAttribute("href"));
    }

    [Fact]
    public async Task The_demo_shows_no_getting_started_list()
    {
        Services("admin", Roles.Admin);
        await Ctx.RunAsync(sp => Task.FromResult(0));
        Ctx.Services.GetRequiredService<DemoMode>().Set(true);
        var page = Ctx.Render<Home>();
        page.WaitForElement("[data-stat='Routers']");
        Assert.Empty(page.FindAll("#getting-started"));
    }

    [Fact]
    public async Task A_member_sees_their_peering_manager_tabs_and_the_matrix_not_sessions_or_routers()
    {
        Services("member1", Roles.Member);
        var s = await Ctx.SeedPeeringScenarioAsync();
        await Ctx.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PeeringHubDbContext>();
            db.Users.Add(new AppUser { UserName = "member1", NormalizedUserName = "MEMBER1", NetworkId = s.Detected });
            return await db.SaveChangesAsync();
        });
        var page = Ctx.Render<Home>();
        page.WaitForElement("[data-stat='Peers']");
        var links = page.FindAll("a.ph-stat-link").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(["/peering-manager", "/peering-matrix"], links);
        Assert.Empty(page.FindAll("[data-stat='Routers']"));
        Assert.Empty(page.FindAll("[data-stat='Sessions established']"));
        Assert.Empty(page.FindAll("#getting-started"));
    }
}
