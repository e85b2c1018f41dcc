using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Components.Pages.Sessions;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Sessions;

/// <summary>
/// The board's rows, shared by every open board: loaded once, kept live from the state feed, reloaded when sessions or the
/// names a row shows change, and never losing a change that arrives while they load.
/// </summary>
[Trait("Kind", "Unit")]
public class LiveSessionRowsTests : IAsyncLifetime
{
    /// <summary>Holds the board's row query after it ran, until the test lets it go.</summary>
    sealed class HoldRowQuery : DbCommandInterceptor
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Armed { get; set; }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
        {
            if (Armed && command.CommandText.Contains("FROM \"Sessions\""))
            {
                Armed = false;
                Reached.SetResult();
                await Release.Task;
            }
            return result;
        }
    }

    readonly HoldRowQuery hold = new();
    readonly TestDatabase database;
    int routerId, ixSession, privateSession;

    public LiveSessionRowsTests() => database = new TestDatabase(configure: s =>
    {
        s.ConfigureDbContext<Core.Data.PeeringHubDbContext>(o => o.AddInterceptors(hold));
        s.AddSingleton<LiveSessionRows>();
    });

    LiveSessionRows Rows => database.Services.GetRequiredService<LiveSessionRows>();
    SessionStateFeed Feed => database.Services.GetRequiredService<SessionStateFeed>();

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        var (_, lan, peer, router) = await Sample.InventoryAsync(db);
        routerId = router.Id;
        var ix = new BgpSession { Type = SessionType.Exchange, Router = router, PeeringLan = lan, PeerNetwork = peer, PeerAsn = 65001, PeerIp = "185.1.0.10", AddressFamily = 4, State = BgpState.Established };
        var own = new BgpSession { Type = SessionType.Private, Router = router, PeerAsn = 65002, PeerIp = "203.0.113.2", AddressFamily = 4, Description = "Private Two", State = BgpState.Idle };
        db.AddRange(ix, own);
        await db.SaveChangesAsync();
        (ixSession, privateSession) = (ix.Id, own.Id);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    static SessionStateChanged Change(int id, BgpState from, BgpState to, string? error = null) =>
        new(id, 0, "", from, to, DateTime.UtcNow, 12, 10, error, DateTime.UtcNow);

    async Task<SessionRowSet> NextChangeAsync(Func<Task> act)
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<IReadOnlyList<SessionStateChanged>?> handler = _ => changed.TrySetResult();
        Rows.Changed += handler;
        try
        {
            await act();
            await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Rows.Changed -= handler;
        }
        return await Rows.GetAsync();
    }

    [Fact]
    public async Task A_state_change_swaps_in_a_new_row_and_moves_the_counts()
    {
        var set = await Rows.GetAsync();
        Assert.Equal(["rtr1", "rtr1"], set.Rows.Select(r => r.RouterName));
        Assert.Equal("AS65001 Peer One", set.Find(ixSession)!.Peer);
        Assert.Equal("AS65002 Private Two", set.Find(privateSession)!.Peer);
        Assert.Equal((1, 1), (set.Count(StateBucket.Established), set.Count(StateBucket.Down)));
        var before = set.Find(ixSession)!;

        var after = await NextChangeAsync(() => { Feed.Publish([Change(ixSession, BgpState.Established, BgpState.Active, "Hold timer expired")]); return Task.CompletedTask; });

        Assert.Same(set, after); // the same set: a state change costs one row, not a reload
        var row = after.Find(ixSession)!;
        Assert.Equal((BgpState.Active, "Hold timer expired", 12, 10), (row.State, row.LastError, row.PrefixesReceived, row.PrefixesAccepted));
        Assert.NotNull(row.ChangedAt);
        // A board rendering the old row on its own thread still reads a whole, consistent row.
        Assert.Equal((BgpState.Established, null), (before.State, before.LastError));
        Assert.Equal((0, 2), (after.Count(StateBucket.Established), after.Count(StateBucket.Down)));
    }

    [Fact]
    public async Task Sessions_created_edited_and_deleted_and_a_router_renamed_show_after_the_save()
    {
        await Rows.GetAsync();
        var created = await NextChangeAsync(async () =>
        {
            await using var db = database.NewContext();
            db.Sessions.Add(new BgpSession { Type = SessionType.Private, RouterId = routerId, PeerAsn = 65003, PeerIp = "203.0.113.3", AddressFamily = 4, Description = "Three" });
            await db.SaveChangesAsync();
        });
        Assert.Equal(3, created.Rows.Count);

        var edited = await NextChangeAsync(async () =>
        {
            await using var db = database.NewContext();
            (await db.Sessions.FindAsync(privateSession))!.Description = "Private Two (renamed)";
            await db.SaveChangesAsync();
        });
        Assert.Equal("AS65002 Private Two (renamed)", edited.Find(privateSession)!.Peer);

        var renamed = await NextChangeAsync(async () =>
        {
            await using var db = database.NewContext();
            (await db.Routers.FindAsync(routerId))!.Name = "edge9";
            await db.SaveChangesAsync();
        });
        Assert.All(renamed.Rows, r => Assert.Equal("edge9", r.RouterName));

        var deleted = await NextChangeAsync(async () =>
        {
            await using var db = database.NewContext();
            db.Sessions.Remove((await db.Sessions.FindAsync(ixSession))!);
            await db.SaveChangesAsync();
        });
        Assert.False(deleted.Contains(ixSession));
        Assert.Equal(2, deleted.Rows.Count);
    }

    [Fact]
    public async Task An_admin_action_shows_its_desired_state_on_the_rows()
    {
        Assert.Equal(AdminState.Up, (await Rows.GetAsync()).Find(privateSession)!.AdminState);
        var after = await NextChangeAsync(async () =>
        {
            await using var scope = database.Scope();
            var actions = ActivatorUtilities.CreateInstance<SessionActionService>(scope.ServiceProvider, new NoRouter());
            var outcomes = await actions.RunAsync(SessionAction.AdminDown, [privateSession], null, onRouter: false);
            Assert.True(Assert.Single(outcomes).Succeeded);
        });
        Assert.Equal(AdminState.Down, after.Find(privateSession)!.AdminState);
    }

    [Fact]
    public async Task Publishing_does_not_wait_for_boards_and_a_broken_board_stops_no_other()
    {
        await Rows.GetAsync();
        // A board busy rendering, a broken one, and a third that only notes the change.
        using var busy = new ManualResetEventSlim();
        var busyEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var third = new TaskCompletionSource<IReadOnlyList<SessionStateChanged>?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<IReadOnlyList<SessionStateChanged>?> busyBoard = _ => { busyEntered.TrySetResult(); busy.Wait(TimeSpan.FromSeconds(30)); };
        Action<IReadOnlyList<SessionStateChanged>?> brokenBoard = _ => throw new InvalidOperationException("render failed");
        Action<IReadOnlyList<SessionStateChanged>?> thirdBoard = changes => third.TrySetResult(changes);
        Rows.Changed += busyBoard;
        Rows.Changed += brokenBoard;
        Rows.Changed += thirdBoard;
        try
        {
            // The publisher is the observed-state writer inside its commit gate: it gets its thread back while a board renders.
            await Task.Run(() => Feed.Publish([Change(ixSession, BgpState.Established, BgpState.Idle)])).WaitAsync(TimeSpan.FromSeconds(10));
            await busyEntered.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(BgpState.Idle, (await Rows.GetAsync()).Find(ixSession)!.State);
            busy.Set();
            var changes = await third.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(ixSession, Assert.Single(changes!).SessionId);
        }
        finally
        {
            busy.Set();
            Rows.Changed -= busyBoard;
            Rows.Changed -= brokenBoard;
            Rows.Changed -= thirdBoard;
        }
    }

    [Fact]
    public async Task A_change_that_arrives_while_the_rows_load_is_applied_to_them()
    {
        hold.Armed = true;
        var loading = Rows.GetAsync();
        await hold.Reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The query has read Established; the poller saw the session drop after that.
        Feed.Publish([Change(ixSession, BgpState.Established, BgpState.Idle, "Connection reset")]);
        hold.Release.SetResult();

        var set = await loading.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((BgpState.Idle, "Connection reset"), (set.Find(ixSession)!.State, set.Find(ixSession)!.LastError));
        Assert.Equal(0, set.Count(StateBucket.Established));
    }

    [Fact]
    public async Task Callers_that_ask_while_a_reload_waits_share_it()
    {
        hold.Armed = true;
        var first = Rows.ReloadAsync();
        await hold.Reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The first load is reading: a caller now may have written after it read, so it gets the next load, and so does
        // everyone who asks before that one starts.
        var second = Rows.ReloadAsync();
        var third = Rows.ReloadAsync();
        Assert.NotSame(first, second);
        Assert.Same(second, third);
        hold.Release.SetResult();
        Assert.NotSame(await first, await second);
    }

    [Fact]
    public async Task The_app_start_loads_the_rows_so_the_first_board_runs_no_query()
    {
        hold.Armed = true;
        using var preload = ActivatorUtilities.CreateInstance<LiveSessionRowsPreload>(database.Services);
        await preload.StartAsync(CancellationToken.None);
        // No board has asked: the start itself reads the rows.
        await hold.Reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        hold.Release.SetResult();
        await preload.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        hold.Armed = true; // a second read of the rows disarms it
        var set = await Rows.GetAsync().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, set.Rows.Count);
        Assert.True(hold.Armed, "the first board read the rows again");
        await preload.StopAsync(CancellationToken.None);
    }

    sealed class NoRouter : IRouterSessionCommands
    {
        public Task<IReadOnlyList<SessionActionOutcome>> SetAdminStateAsync(Router router, IReadOnlyList<BgpSession> sessions, AdminState state, string? message, CancellationToken ct) =>
            throw new InvalidOperationException("onRouter: false never calls the router");

        public Task<IReadOnlyList<SessionActionOutcome>> RemoveAsync(Router router, IReadOnlyList<BgpSession> sessions, CancellationToken ct) =>
            throw new InvalidOperationException("onRouter: false never calls the router");
    }
}
