using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Sessions.Wizard;
using PeeringHub.Routers;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Polling;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Configuration;

/// <summary>
/// Configure and Config Manager against the router lab, through the service the session page calls: an operator's edit that
/// keeps an Established session from coming back is rolled back to the previous config; one the router's check refuses is
/// not applied at all; both are audited. Uses the lab's spare peer (v4, MD5) and removes the session afterwards.
/// </summary>
public abstract class ConfigureLabTests<TFixture>(TFixture lab) : IAsyncLifetime where TFixture : RouterLabFixture
{
    TestDatabase database = null!;
    int routerId;
    int sessionId;

    public async Task InitializeAsync()
    {
        database = new TestDatabase("operator1", s => s.AddRouterDrivers().AddSessionPolling(background: false));
        routerId = await LabRouterRecord.AddAsync(database, lab);
        var state = new WizardState
        {
            Type = SessionType.Private, RouterId = routerId, Method = PeerMethod.Manual, PeerName = "Lab spare peer", PeerAsn = 65000 + lab.Spare,
            PeerIpv4 = RouterLabFixture.PeerIp(lab.Spare, 4), Md5Password = lab.Env["SPARE_PW"], ConfigureNow = true,
        };
        await using var scope = database.Scope();
        var created = await scope.ServiceProvider.GetRequiredService<SessionWizardService>().CreateAsync(state);
        Assert.True(created.Succeeded, created.Message);
        sessionId = created.SessionIds.Single();
    }

    public async Task DisposeAsync()
    {
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            var router = await db.Routers.SingleAsync(r => r.Id == routerId);
            var sessions = await db.Sessions.Where(s => s.Id == sessionId).ToListAsync();
            var removed = await scope.ServiceProvider.GetRequiredService<IRouterSessionCommands>().RemoveAsync(router, sessions, CancellationToken.None);
            Assert.All(removed, r => Assert.True(r.Succeeded, r.Error));
        }
        await database.DisposeAsync();
    }

    [Fact]
    public async Task AnEditThatKeepsTheSessionDown_IsRolledBack_AndARefusedEdit_IsNotApplied()
    {
        await using (var scope = database.Scope())
        {
            var configured = await scope.ServiceProvider.GetRequiredService<ISessionConfigurator>().ConfigureAsync(sessionId);
            Assert.True(configured.Succeeded, configured.Message);
        }
        await WaitForAsync(BgpState.Established, TimeSpan.FromSeconds(30));
        var before = await PreviewAsync(null);
        Assert.NotNull(before.Running);
        Assert.True(before.CheckPassed, before.CheckMessage);

        // Config Manager: the operator sets a wrong peer AS; the peer's OPEN is refused, so the session cannot come back.
        var wrongAs = Regex.Replace(before.Rendered, $@"\b{65000 + lab.Spare}\b", "65099");
        Assert.NotEqual(before.Rendered, wrongAs);
        ConfigApplyResult rolledBack;
        await using (var scope = database.Scope())
            rolledBack = await scope.ServiceProvider.GetRequiredService<SessionConfigurator>().ApplyAsync(sessionId, wrongAs);
        Assert.True(rolledBack.Applied, rolledBack.Message);
        Assert.True(rolledBack.RolledBack, rolledBack.Message + "\nrunning now:\n" + (await PreviewAsync(null)).Running + "\n" + await lab.RouterCli("show", "bgp", "neighbors", RouterLabFixture.PeerIp(lab.Spare, 4)));
        Assert.Contains("previous configuration was restored", rolledBack.Message);
        Assert.Equal(BgpState.Established, rolledBack.StateAfter);
        Assert.Equal(before.Running, (await PreviewAsync(null)).Running);

        // An edit the router refuses changes nothing on it.
        var broken = before.Rendered + "\nthis is not router configuration\n";
        ConfigApplyResult refused;
        await using (var scope = database.Scope())
            refused = await scope.ServiceProvider.GetRequiredService<SessionConfigurator>().ApplyAsync(sessionId, broken);
        Assert.False(refused.Applied, refused.Message);
        Assert.False(refused.RolledBack);
        Assert.Matches("nothing was applied|its config is unchanged", refused.Message);
        Assert.Equal(before.Running, (await PreviewAsync(null)).Running);
        await WaitForAsync(BgpState.Established, TimeSpan.FromSeconds(10));

        await using (var scope = database.Scope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().AuditEntries
                .Where(a => a.ObjectId == sessionId.ToString()).OrderBy(a => a.Id).Select(a => new { a.Action, a.User, a.After }).ToListAsync();
            // Applies in order; every check on the router (previews included) is audited too (security finding 2).
            Assert.Equal(["Configure", "ConfigManagerApply", "ConfigManagerApply"], audit.Where(a => a.Action.StartsWith("Config") && a.Action != "ConfigCheck").Select(a => a.Action));
            Assert.Contains(audit, a => a.Action == "ConfigCheck");
            Assert.All(audit.Where(a => a.Action.StartsWith("Config")), a => Assert.Equal("operator1", a.User));
            var managerEntries = audit.Where(a => a.Action == "ConfigManagerApply").ToList();
            Assert.Contains("\"RolledBack\":true", managerEntries[0].After);
            Assert.Contains("\"Applied\":false", managerEntries[1].After);
            Assert.All(audit, a => Assert.DoesNotContain(lab.Env["SPARE_PW"], a.After ?? ""));
        }
    }

    async Task<ConfigPreview> PreviewAsync(string? edited)
    {
        await using var scope = database.Scope();
        var preview = await scope.ServiceProvider.GetRequiredService<SessionConfigurator>().PreviewAsync(sessionId, edited);
        Assert.True(preview.Succeeded, preview.Message);
        return preview.Value!;
    }

    async Task WaitForAsync(BgpState wanted, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        BgpState state;
        do
        {
            await using var scope = database.Scope();
            await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(routerId);
            state = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Sessions.Where(s => s.Id == sessionId).Select(s => s.State).SingleAsync();
            if (state == wanted) return;
            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"the session stayed {state}, not {wanted}, for {within.TotalSeconds:0} s");
    }
}

[Collection(BirdLabCollection.Name)]
[Trait("Kind", "Configure")]
public sealed class BirdConfigureLabTests(BirdLabFixture lab) : ConfigureLabTests<BirdLabFixture>(lab);

[Collection(FrrLabCollection.Name)]
[Trait("Kind", "Configure")]
public sealed class FrrConfigureLabTests(FrrLabFixture lab) : ConfigureLabTests<FrrLabFixture>(lab);
