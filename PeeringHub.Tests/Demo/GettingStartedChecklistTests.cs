using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Onboarding;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Core.Reference.PeeringDb;
using PeeringHub.Tests.PeeringManager;

namespace PeeringHub.Tests.Demo;

/// <summary>The dashboard's getting-started list on a real (non-demo) install ticks itself off from the data.</summary>
[Trait("Kind", "Unit")]
public class GettingStartedChecklistTests
{
    static Task<Dictionary<string, bool>> StateAsync(PmTestDb db) =>
        db.RunAsync(async sp => (await sp.GetRequiredService<GettingStartedChecklist>().GetAsync()).ToDictionary(s => s.Key, s => s.Done));

    [Fact]
    public async Task Each_step_is_done_when_the_data_shows_it()
    {
        await using var db = new PmTestDb();
        var state = await StateAsync(db);
        Assert.Equal(["router", "router-tested", "sessions", "peeringdb", "smtp", "users"], state.Keys);
        Assert.All(state.Values, Assert.False);

        await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<PeeringHubDbContext>();
            ctx.Routers.Add(new Router { Name = "r1", Address = "192.0.2.250", SshUser = "ph", LocalAsn = 64496 });
            return await ctx.SaveChangesAsync();
        });
        state = await StateAsync(db);
        Assert.True(state["router"]);
        Assert.False(state["router-tested"]);

        await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<PeeringHubDbContext>();
            var router = ctx.Routers.Single();
            router.Reachable = true;
            var lan = new PeeringLan { Exchange = new Exchange { Name = "IX" }, Name = "LAN", PeeringDbIxLanId = 5 };
            ctx.PeeringLans.Add(lan);
            ctx.Sessions.Add(new BgpSession { Router = router, Type = SessionType.Private, PeerAsn = 64500, PeerIp = "203.0.113.1", AddressFamily = 4 });
            return await ctx.SaveChangesAsync();
        });
        state = await StateAsync(db);
        Assert.True(state["router-tested"]);
        Assert.True(state["sessions"]);
        Assert.False(state["peeringdb"]); // linked, but PeeringDB was never synced

        await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<PeeringHubDbContext>();
            ctx.PdbSyncStates.Add(new PdbSyncState { Endpoint = "ixlan", LastSuccessAt = DateTime.UtcNow });
            await ctx.SaveChangesAsync();
            var store = sp.GetRequiredService<PeeringManagerSettingsStore>();
            var settings = await store.GetAsync();
            settings.SmtpHost = "smtp.example.net";
            await store.SaveAsync(ctx, settings, null);
            return 0;
        });
        state = await StateAsync(db);
        Assert.True(state["peeringdb"]);
        Assert.True(state["smtp"]);
        Assert.False(state["users"]);
    }
}
