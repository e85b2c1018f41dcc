using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Tests.PeeringManager;

[Trait("Kind", "PeeringManager")]
public class PeeringManagerServiceTests
{
    static readonly PeeringManagerCaller Staff = new("noc-user", "noc@ix.example", IsStaff: true, NetworkId: null);

    static async Task<(PmTestDb Db, PmScenario S)> SetupAsync(IDictionary<string, string?>? config = null)
    {
        var db = new PmTestDb(config);
        var s = await db.RunAsync(sp => PmScenario.SeedAsync(sp.GetRequiredService<PeeringHubDbContext>(), db.Clock.GetUtcNow().UtcDateTime));
        return (db, s);
    }

    static Task<PeeringManagerView> LoadAsync(PmTestDb db, PeeringManagerCaller caller, int? network, int? lan) =>
        db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().LoadAsync(caller, network, lan));

    [Fact]
    public async Task Staff_view_of_our_network_places_each_member_from_the_data()
    {
        var (db, s) = await SetupAsync();
        await using var _ = db;
        var view = await LoadAsync(db, Staff, s.Ours, null);
        Assert.True(view.Result.Succeeded);
        Assert.Equal(s.LanId, view.Lan!.Id);
        Assert.DoesNotContain(view.Lans, l => l.Id == s.DisabledLanId);
        Assert.Equal(PeeringTab.PotentialBilateral, view.Rows.Single(r => r.NetworkId == s.Rs).Tab);
        Assert.Equal(PeeringTab.Peers, view.Rows.Single(r => r.NetworkId == s.Detected).Tab);
        Assert.Equal(PeeringTab.Potential, view.Rows.Single(r => r.NetworkId == s.Plain).Tab);
        Assert.Equal("Open", view.Rows.Single(r => r.NetworkId == s.Rs).Policy);

        // The sFlow evidence expires with the window.
        db.Clock.Now = db.Clock.Now.AddDays(29);
        var later = await LoadAsync(db, Staff, s.Ours, null);
        Assert.Equal(PeeringTab.PotentialBilateral, later.Rows.Single(r => r.NetworkId == s.Detected).Tab);
    }

    [Fact]
    public async Task Member_sees_only_their_own_network()
    {
        var (db, s) = await SetupAsync();
        await using var _ = db;
        var member = new PeeringManagerCaller("m1", null, IsStaff: false, NetworkId: s.Plain);
        var own = await LoadAsync(db, member, null, null);
        Assert.True(own.Result.Succeeded);
        Assert.Equal(s.Plain, own.Network!.Id);
        Assert.Equal([own.Network.Id], own.Networks.Select(n => n.Id));

        Assert.Equal(PeeringManagerOutcome.Forbidden, (await LoadAsync(db, member, s.Ours, null)).Result.Outcome);
        var move = await db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().MoveAsync(member, s.Ours, s.LanId, s.Rs, PeeringTab.Rejected));
        Assert.Equal(PeeringManagerOutcome.Forbidden, move.Outcome);
        var orphan = new PeeringManagerCaller("m2", null, IsStaff: false, NetworkId: null);
        Assert.Equal(PeeringManagerOutcome.Forbidden, (await LoadAsync(db, orphan, null, null)).Result.Outcome);
    }

    [Fact]
    public async Task Lans_without_the_flag_are_not_offered_and_default_lan_comes_from_configuration()
    {
        var (db, s) = await SetupAsync(new Dictionary<string, string?> { ["PeeringHub:PeeringManager:DefaultLan"] = "1" });
        await using var _ = db;
        Assert.Equal(PeeringManagerOutcome.NotFound, (await LoadAsync(db, Staff, s.Ours, s.DisabledLanId)).Result.Outcome);
        Assert.Equal(1, s.LanId);
        // With both LANs enabled, "Other LAN" sorts first; the configured default must win over that.
        await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<PeeringHubDbContext>();
            (await ctx.PeeringLans.SingleAsync(l => l.Id == s.DisabledLanId)).PeeringManagerEnabled = true;
            return await ctx.SaveChangesAsync();
        });
        Assert.Equal(s.LanId, (await LoadAsync(db, Staff, s.Ours, null)).Lan!.Id);
        var member = new PeeringManagerCaller("m1", null, false, s.Plain);
        Assert.Equal(2, (await LoadAsync(db, member, null, null)).Lans.Count);
    }

    [Fact]
    public async Task Move_persists_is_audited_published_and_can_be_undone()
    {
        var (db, s) = await SetupAsync();
        await using var _ = db;
        var changes = new List<PeeringRelationChanged>();
        using var sub = db.Services.GetRequiredService<PeeringManagerFeed>().Subscribe(changes.Add);

        var moved = await db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().MoveAsync(Staff, s.Ours, s.LanId, s.Plain, PeeringTab.Rejected));
        Assert.True(moved.Succeeded);
        Assert.Equal(PeeringTab.Rejected, (await LoadAsync(db, Staff, s.Ours, null)).Rows.Single(r => r.NetworkId == s.Plain).Tab);
        Assert.Equal(new PeeringRelationChanged(s.Ours, s.LanId, s.Plain, "noc-user"), Assert.Single(changes));
        await using (var scope = db.Scope())
        {
            var ctx = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            Assert.True(await ctx.AuditEntries.AnyAsync(a => a.ObjectType == nameof(PeeringRelation)));
        }

        await db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().MoveAsync(Staff, s.Ours, s.LanId, s.Detected, PeeringTab.Potential));
        Assert.Equal(PeeringTab.Peers, (await LoadAsync(db, Staff, s.Ours, null)).Rows.Single(r => r.NetworkId == s.Detected).Tab);
        await db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().MoveAsync(Staff, s.Ours, s.LanId, s.Plain, PeeringTab.Potential));
        Assert.Equal(PeeringTab.Potential, (await LoadAsync(db, Staff, s.Ours, null)).Rows.Single(r => r.NetworkId == s.Plain).Tab);

        var notOnLan = await db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().MoveAsync(Staff, s.Ours, s.DisabledLanId, s.Plain, PeeringTab.Rejected));
        Assert.Equal(PeeringManagerOutcome.NotFound, notOnLan.Outcome);
    }

    [Fact]
    public async Task Notes_show_the_indicator()
    {
        var (db, s) = await SetupAsync();
        await using var _ = db;
        Assert.False((await LoadAsync(db, Staff, s.Ours, null)).Rows.Single(r => r.NetworkId == s.Rs).HasNotes);
        await db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().SaveNotesAsync(Staff, s.Ours, s.LanId, s.Rs, "Called them at RIPE."));
        Assert.True((await LoadAsync(db, Staff, s.Ours, null)).Rows.Single(r => r.NetworkId == s.Rs).HasNotes);
        Assert.Equal("Called them at RIPE.", await db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().GetNotesAsync(Staff, s.Ours, s.LanId, s.Rs)));
    }

    [Fact]
    public async Task Disabled_peering_manager_answers_disabled()
    {
        var (db, s) = await SetupAsync(new Dictionary<string, string?> { ["PeeringHub:PeeringManager:Enabled"] = "false" });
        await using var _ = db;
        Assert.Equal(PeeringManagerOutcome.Disabled, (await LoadAsync(db, Staff, s.Ours, null)).Result.Outcome);
        var move = await db.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().MoveAsync(Staff, s.Ours, s.LanId, s.Plain, PeeringTab.Rejected));
        Assert.Equal(PeeringManagerOutcome.Disabled, move.Outcome);
    }
}
