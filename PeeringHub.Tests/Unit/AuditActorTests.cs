using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Unit;

/// <summary>
/// Who is acting is asked for only when a save stamps or audits an edit: in the app, asking outside a circuit (every router's
/// poll, 25 a second with 50 routers) made the framework throw and catch an exception each time.
/// </summary>
[Trait("Kind", "Unit")]
public class AuditActorTests : IAsyncLifetime
{
    sealed class CountingActor : ICurrentActor
    {
        int asked;
        public int Asked => Volatile.Read(ref asked);

        public string Name
        {
            get
            {
                Interlocked.Increment(ref asked);
                return "carol";
            }
        }
    }

    readonly CountingActor actor = new();
    readonly TestDatabase database;

    public AuditActorTests() => database = new TestDatabase(configure: services => services.AddSingleton<ICurrentActor>(actor));

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_poll_writes_state_without_asking_who_acts_and_an_edit_still_records_the_user()
    {
        Router router;
        await using (var db = database.NewContext())
        {
            (_, var lan, var peer, router) = await Sample.InventoryAsync(db);
            db.Sessions.Add(new BgpSession { RouterId = router.Id, PeeringLanId = lan.Id, PeerNetworkId = peer.Id, PeerAsn = 65001, PeerIp = "185.1.0.11", AddressFamily = 4 });
            await db.SaveChangesAsync();
        }
        var askedByEdits = actor.Asked;
        Assert.True(askedByEdits > 0, "the inventory edits were not stamped with the actor");

        await using (var scope = database.Scope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordAsync(router.Id,
                [new ObservedSession("185.1.0.11", 65001, BgpState.Established, new DateTime(2026, 12, 4, 10, 0, 0), 3, 2, null, false)]);
            Assert.Equal((1, 1), (outcome.Matched, outcome.Changed));
        }

        Assert.Equal(askedByEdits, actor.Asked);
        await using (var db = database.NewContext())
        {
            var session = await db.Sessions.SingleAsync();
            Assert.Equal((BgpState.Established, "carol"), (session.State, session.UpdatedBy));
            Assert.Equal(1, await db.SessionStateChanges.CountAsync());
            Assert.Contains(await db.AuditEntries.Where(a => a.ObjectType == nameof(BgpSession)).Select(a => a.User).ToListAsync(), user => user == "carol");
        }
    }
}
