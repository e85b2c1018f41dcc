using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// The session board's rows, loaded once for the whole app and kept live: state changes from <see cref="SessionStateFeed"/>
/// are applied here once, not once per open board; a catalog change (<see cref="SessionCatalogFeed"/>) reloads. Every board
/// reads the same rows, so opening one costs no query and holds no copy (10,000 sessions, board bench: a full board took
/// 13.1–13.9 MiB and a 90–175 ms load each before, 6.3–6.7 MiB and no load now). A write the feeds never see (SQL by hand,
/// another app instance) shows after the next reload: any session change through the app, or the board's Refresh.
/// </summary>
public sealed class LiveSessionRows : IDisposable
{
    readonly IServiceScopeFactory scopes;
    readonly SessionCatalogFeed catalog;
    readonly TimeProvider clock;
    readonly ILogger<LiveSessionRows> log;
    readonly IDisposable subscription;
    readonly BoardNotices notices;
    readonly Lock gate = new();
    readonly SemaphoreSlim loading = new(1, 1);
    SessionRowSet? current;
    Task<SessionRowSet>? queued;
    /// <summary>Changes that arrived while a load was reading; replayed on its result (applying one twice is harmless).</summary>
    List<SessionStateChanged>? arrivedWhileLoading;

    public LiveSessionRows(IServiceScopeFactory scopes, SessionStateFeed feed, SessionCatalogFeed catalog, TimeProvider clock, ILogger<LiveSessionRows> log)
    {
        (this.scopes, this.catalog, this.clock, this.log) = (scopes, catalog, clock, log);
        notices = new BoardNotices(log);
        // Follow the feed before the first load: a change between loading and subscribing would be lost.
        subscription = feed.Subscribe(OnStateChanged);
        catalog.Changed += OnCatalogChanged;
    }

    /// <summary>
    /// Raised after state changes were applied (with them) or the rows were reloaded (null: anything may differ). Handlers
    /// marshal to their own circuit and read <see cref="GetAsync"/>; a board scoped to one router skips the other 49 routers'
    /// changes instead of rendering on each. Handlers are called off the publisher's thread (<see cref="BoardNotices"/>).
    /// </summary>
    public event Action<IReadOnlyList<SessionStateChanged>?>? Changed;

    /// <summary>The current rows; the first call loads them.</summary>
    public Task<SessionRowSet> GetAsync() => Volatile.Read(ref current) is { } set ? Task.FromResult(set) : ReloadAsync();

    /// <summary>
    /// Reads every row again. Callers that ask while a reload waits to start share it; one that is already reading may have
    /// missed their write, so they get the next.
    /// </summary>
    public Task<SessionRowSet> ReloadAsync()
    {
        // Task.Run: the load must not clear "queued" before this assignment, which it would if it ran inline to its first await.
        lock (gate) return queued ??= Task.Run(LoadAsync);
    }

    async Task<SessionRowSet> LoadAsync()
    {
        await loading.WaitAsync();
        try
        {
            lock (gate)
            {
                queued = null;
                arrivedWhileLoading = [];
            }
            var started = Stopwatch.GetTimestamp();
            SessionRow[] rows;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
                // One projected query (no entity graph), in the order every board shows before the user sorts.
                rows = await db.Sessions.AsNoTracking().OrderBy(s => s.Router!.Name).ThenBy(s => s.PeerAsn).ThenBy(s => s.PeerIp)
                    .Select(SessionRow.Projection).ToArrayAsync();
            }
            var set = new SessionRowSet(rows);
            log.LogInformation("Loaded the session board's {Count} rows in {Elapsed:0} ms", rows.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            lock (gate)
            {
                foreach (var change in arrivedWhileLoading!) set.Apply(change, change.ObservedAt);
                Volatile.Write(ref current, set);
            }
            notices.Post(Changed, null);
            return set;
        }
        finally
        {
            lock (gate) arrivedWhileLoading = null;
            loading.Release();
        }
    }

    void OnStateChanged(IReadOnlyList<SessionStateChanged> changes)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var touched = false;
        lock (gate)
        {
            arrivedWhileLoading?.AddRange(changes);
            if (current is not { } set) return;
            foreach (var change in changes) touched |= set.Apply(change, now);
        }
        if (touched) notices.Post(Changed, changes);
    }

    void OnCatalogChanged() => _ = ReloadAfterCatalogChangeAsync();

    /// <summary>A reload nobody awaits: a failure is logged, and the boards keep the rows they have.</summary>
    async Task ReloadAfterCatalogChangeAsync()
    {
        try
        {
            await ReloadAsync();
        }
        catch (Exception ex)
        {
            log.LogError(ex, "Reloading the session board's rows after a change failed; open boards keep the rows they show");
        }
    }

    public void Dispose()
    {
        subscription.Dispose();
        catalog.Changed -= OnCatalogChanged;
        notices.Dispose();
    }
}
