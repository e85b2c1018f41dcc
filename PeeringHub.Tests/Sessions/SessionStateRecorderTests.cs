using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Sessions;

[Trait("Kind", "Unit")]
public class SessionStateRecorderTests : IAsyncLifetime
{
    readonly TestDatabase database = new();
    Router router = null!;
    readonly List<IReadOnlyList<SessionStateChanged>> published = [];
    IDisposable? subscription;

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        (_, var lan, var peer, router) = await Sample.InventoryAsync(db);
        db.Sessions.AddRange(
            new BgpSession { RouterId = router.Id, PeeringLanId = lan.Id, PeerNetworkId = peer.Id, PeerAsn = 65001, PeerIp = "185.1.0.11", AddressFamily = 4 },
            new BgpSession { RouterId = router.Id, PeeringLanId = lan.Id, PeerNetworkId = peer.Id, PeerAsn = 65001, PeerIp = "2001:7f8:ffff::11", AddressFamily = 6 });
        await db.SaveChangesAsync();
        subscription = database.Services.GetRequiredService<SessionStateFeed>().Subscribe(published.Add);
    }

    public async Task DisposeAsync()
    {
        subscription?.Dispose();
        await database.DisposeAsync();
    }

    async Task<PollOutcome> Record(params ObservedSession[] observed)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordAsync(router.Id, observed);
    }

    static ObservedSession Up(string ip, int received = 3) => new(ip, 65001, BgpState.Established, new DateTime(2026, 11, 23, 10, 0, 0), received, 2, null, false, "p001");

    [Fact]
    public async Task First_poll_stores_state_history_and_publishes_one_batch()
    {
        var outcome = await Record(Up("185.1.0.11"), new ObservedSession("2001:7F8:FFFF:0::11", 65001, BgpState.Active, null, null, null, "Socket: Connection refused", false));
        Assert.Equal((2, 2), (outcome.Matched, outcome.Changed));
        var batch = Assert.Single(published);
        Assert.Equal([BgpState.Established, BgpState.Active], batch.OrderBy(c => c.PeerIp.Length).Select(c => c.NewState));

        await using var db = database.NewContext();
        var v6 = await db.Sessions.SingleAsync(s => s.AddressFamily == 6);
        Assert.Equal(("Socket: Connection refused", BgpState.Active), (v6.LastError, v6.State));
        Assert.Equal(2, await db.SessionStateChanges.CountAsync());
        Assert.Equal("p001", (await db.Sessions.SingleAsync(s => s.AddressFamily == 4)).RouterSessionName);
    }

    [Fact]
    public async Task An_unchanged_poll_writes_and_publishes_nothing()
    {
        var v6 = new ObservedSession("2001:7f8:ffff::11", 65001, BgpState.Idle, new DateTime(2026, 11, 23, 9, 0, 0), null, null, null, false);
        await Record(Up("185.1.0.11"), v6);
        published.Clear();
        var outcome = await Record(Up("185.1.0.11"), v6);
        Assert.Equal(0, outcome.Changed);
        Assert.Empty(published);
    }

    [Fact]
    public async Task A_since_that_only_jitters_is_no_change_but_a_reset_session_is()
    {
        // FRR reports a down session's "since" as milliseconds ago, so the instant moves by the transfer delay every poll.
        var downSince = new DateTime(2026, 11, 23, 9, 0, 0);
        ObservedSession Down(DateTime since) => new("2001:7f8:ffff::11", 65001, BgpState.Active, since, null, null, "Connection refused", false);
        await Record(Up("185.1.0.11"), Down(downSince));
        published.Clear();

        var jitter = await Record(Up("185.1.0.11"), Down(downSince.AddMilliseconds(37)));
        Assert.Equal(0, jitter.Changed);
        Assert.Empty(published);

        // Re-established between two polls: same state, but its uptime restarted, which the board must show.
        var reset = await Record(Up("185.1.0.11") with { Since = new DateTime(2026, 11, 23, 10, 0, 30) }, Down(downSince.AddMilliseconds(-20)));
        Assert.Equal(1, reset.Changed);
        await using var db = database.NewContext();
        Assert.Equal(downSince, (await db.Sessions.SingleAsync(s => s.AddressFamily == 6)).StateSince);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 30), (await db.Sessions.SingleAsync(s => s.AddressFamily == 4)).StateSince);
    }

    [Fact]
    public async Task Prefix_changes_update_the_row_without_a_history_entry()
    {
        await Record(Up("185.1.0.11"));
        await Record(Up("185.1.0.11", received: 9));
        await using var db = database.NewContext();
        Assert.Equal(9, (await db.Sessions.SingleAsync(s => s.AddressFamily == 4)).PrefixesReceived);
        Assert.Equal(1, await db.SessionStateChanges.CountAsync(c => c.NewState == BgpState.Established));
    }

    [Fact]
    public async Task Admin_disabled_sessions_show_admin_down_and_missing_ones_are_reported()
    {
        var disabled = Up("185.1.0.11") with { AdminDisabled = true, State = BgpState.Down };
        var outcome = await Record(disabled, new ObservedSession("185.1.0.99", 65099, BgpState.Established, null, 1, 1, null, false, "stranger"));
        Assert.Equal("185.1.0.99", Assert.Single(outcome.Unmanaged).PeerIp);
        await using var db = database.NewContext();
        Assert.Equal(BgpState.AdminDown, (await db.Sessions.SingleAsync(s => s.AddressFamily == 4)).State);
        var missing = await db.Sessions.SingleAsync(s => s.AddressFamily == 6);
        Assert.Equal((BgpState.Unknown, SessionStateRecorder.NotOnRouter), (missing.State, missing.LastError));
    }

    [Fact]
    public async Task Unreachable_router_turns_every_session_unknown_with_the_reason()
    {
        await Record(Up("185.1.0.11"), Up("2001:7f8:ffff::11"));
        await using (var scope = database.Scope())
            await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordUnreachableAsync(router.Id, "ssh: connect to host 127.0.0.1 port 2222: Connection refused");
        await using var db = database.NewContext();
        Assert.All(await db.Sessions.ToListAsync(), s => Assert.Equal((BgpState.Unknown, "ssh: connect to host 127.0.0.1 port 2222: Connection refused"), (s.State, s.LastError)));
        var r = await db.Routers.SingleAsync();
        Assert.Equal(false, r.Reachable);
    }

    [Fact]
    public async Task The_state_history_keeps_each_change_with_its_time_old_and_new_state_and_reason()
    {
        var before = DateTime.UtcNow;
        await Record(Up("185.1.0.11"), new ObservedSession("2001:7f8:ffff::11", 65001, BgpState.Active, null, null, null, "Socket: Connection refused", false));
        await using (var scope = database.Scope())
            await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordUnreachableAsync(router.Id, "ssh: connection refused");
        var after = DateTime.UtcNow;

        await using var db = database.NewContext();
        var v4 = await db.Sessions.Where(s => s.AddressFamily == 4).Select(s => s.Id).SingleAsync();
        var v6 = await db.Sessions.Where(s => s.AddressFamily == 6).Select(s => s.Id).SingleAsync();
        var history = await db.SessionStateChanges.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(
            [
                (v4, BgpState.Unknown, BgpState.Established, (string?)null),
                (v6, BgpState.Unknown, BgpState.Active, "Socket: Connection refused"),
                (v4, BgpState.Established, BgpState.Unknown, "ssh: connection refused"),
                (v6, BgpState.Active, BgpState.Unknown, "ssh: connection refused"),
            ],
            history.OrderBy(c => c.At).ThenBy(c => c.SessionId == v6).Select(c => (c.SessionId, c.OldState, c.NewState, c.Reason)));
        Assert.All(history, c => Assert.InRange(c.At, before, after));
    }

    [Fact]
    public async Task Observed_state_never_bumps_the_edit_version()
    {
        Guid before;
        await using (var db = database.NewContext()) before = (await db.Sessions.SingleAsync(s => s.AddressFamily == 4)).Version;
        await Record(Up("185.1.0.11"));
        await using (var db = database.NewContext()) Assert.Equal(before, (await db.Sessions.SingleAsync(s => s.AddressFamily == 4)).Version);
    }

    [Fact]
    public async Task Polls_of_many_routers_at_once_each_land_once_and_reach_the_feed()
    {
        var routerIds = new List<int>();
        await using (var db = database.NewContext())
        {
            for (var i = 0; i < 24; i++)
            {
                var r = new Router { Name = $"edge{i:00}", Address = $"/run/bird{i}.ctl", Transport = RouterTransport.Local, LocalAsn = 64500 };
                db.Sessions.Add(new BgpSession { Router = r, Type = SessionType.Private, PeerAsn = 65001, PeerIp = "192.0.2.1", AddressFamily = 4 });
                db.Routers.Add(r);
                await db.SaveChangesAsync();
                routerIds.Add(r.Id);
            }
        }

        // As the poller does: one scope per router, all finishing together.
        await Task.WhenAll(routerIds.Select(async id =>
        {
            await using var scope = database.Scope();
            var outcome = await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordAsync(id, [Up("192.0.2.1")]);
            Assert.Equal(1, outcome.Changed);
        }));

        Assert.Equal(routerIds.Order(), published.SelectMany(b => b).Select(c => c.RouterId).Order());
        await using var check = database.NewContext();
        var stored = await check.Sessions.Where(s => routerIds.Contains(s.RouterId)).Select(s => new { s.State, s.Router!.Reachable }).ToListAsync();
        Assert.All(stored, s => Assert.Equal((BgpState.Established, (bool?)true), (s.State, s.Reachable)));
        Assert.Equal(24, await check.SessionStateChanges.CountAsync(c => c.NewState == BgpState.Established && c.Session!.RouterId != router.Id));
    }

    [Fact]
    public async Task A_session_deleted_after_the_poll_read_it_loses_nothing_else_of_the_write()
    {
        int v4, v6;
        await using (var db = database.NewContext())
        {
            v4 = (await db.Sessions.SingleAsync(s => s.AddressFamily == 4)).Id;
            v6 = (await db.Sessions.SingleAsync(s => s.AddressFamily == 6)).Id;
        }
        // The poll read both sessions; an operator deleted the IPv6 one before the write.
        var at = new DateTime(2026, 11, 23, 10, 1, 0);
        SessionStateChanged Up(int id, string ip) => new(id, router.Id, ip, BgpState.Unknown, BgpState.Established, at, 5, 4, null, at);
        await using (var db = database.NewContext())
        {
            db.Sessions.Remove(await db.Sessions.SingleAsync(s => s.Id == v6));
            await db.SaveChangesAsync();
        }

        await database.Services.GetRequiredService<ObservedStateWriter>()
            .WriteAsync(new ObservedStateWrite(router.Id, [Up(v4, "185.1.0.11"), Up(v6, "2001:7f8:ffff::11")], [], reachable: true, error: null, at));

        await using var check = database.NewContext();
        var kept = await check.Sessions.SingleAsync(s => s.Id == v4);
        Assert.Equal((BgpState.Established, (DateTime?)at, (int?)5, (int?)4), (kept.State, kept.StateSince, kept.PrefixesReceived, kept.PrefixesAccepted));
        Assert.Equal([v4], await check.SessionStateChanges.Select(c => c.SessionId).ToListAsync());
        Assert.False(await check.Sessions.AnyAsync(s => s.Id == v6));
    }
}
