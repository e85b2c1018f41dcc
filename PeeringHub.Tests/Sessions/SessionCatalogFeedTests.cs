using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Sessions;

/// <summary>Open boards learn about created and deleted sessions (the state feed only covers rows they already show).</summary>
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
    public async Task Create_and_delete_publish_after_commit_and_edits_do_not()
    {
        await using var scope = database.Scope();
        var editor = scope.ServiceProvider.GetRequiredService<EntityEditor<BgpSession, SessionInput>>();
        var created = await editor.CreateAsync(new SessionInput { Type = SessionType.Private, RouterId = routerId, PeerAsn = 65001, PeerIp = "203.0.113.1" });
        Assert.True(created.Succeeded);
        Assert.Equal(1, published);

        var edit = SessionInput.From(created.Entity!);
        edit.Description = "renamed";
        Assert.True((await editor.UpdateAsync(created.Entity!.Id, edit)).Succeeded);
        Assert.Equal(1, published);

        Assert.True((await editor.DeleteAsync(created.Entity.Id, null)).Succeeded);
        Assert.Equal(2, published);
    }
}
