using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Sessions;

/// <summary>Open boards learn about created, edited and deleted sessions and renamed routers (the state feed only covers observed state).</summary>
[Trait("Kind", "Unit")]
public class SessionCatalogFeedTests : IAsyncLifetime
{
    readonly TestDatabase database = new();
    int published;
    int routerId;

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        routerId = (await Sample.InventoryAsync(db)).Router.Id;
        database.Services.GetRequiredService<SessionCatalogFeed>().Changed += () => published++;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Create_edit_and_delete_publish_after_commit()
    {
        await using var scope = database.Scope();
        var editor = scope.ServiceProvider.GetRequiredService<EntityEditor<BgpSession, SessionInput>>();
        var created = await editor.CreateAsync(new SessionInput { Type = SessionType.Private, RouterId = routerId, PeerAsn = 65001, PeerIp = "203.0.113.1" });
        Assert.True(created.Succeeded);
        Assert.Equal(1, published);

        // A board row shows the description (a peer without a network is named by it).
        var edit = SessionInput.From(created.Entity!);
        edit.Description = "renamed";
        Assert.True((await editor.UpdateAsync(created.Entity!.Id, edit)).Succeeded);
        Assert.Equal(2, published);

        Assert.True((await editor.DeleteAsync(created.Entity.Id, null)).Succeeded);
        Assert.Equal(3, published);
    }

    [Fact]
    public async Task A_router_rename_publishes_and_a_poll_stamp_does_not()
    {
        await using var db = database.NewContext();
        var router = await db.Routers.FindAsync(routerId);
        router!.LastPolledAt = DateTime.UtcNow;
        router.Reachable = true;
        await db.SaveChangesAsync();
        Assert.Equal(0, published);

        router.Name = "edge9.renamed";
        await db.SaveChangesAsync();
        Assert.Equal(1, published);
    }
}
