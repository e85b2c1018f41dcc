using System.Net;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions;

/// <summary>
/// Turns one poll of one router into stored state: matches observed sessions to ours by peer IP, writes only what changed,
/// keeps the transition history, publishes the changes on the feed, and remembers unmanaged sessions.
/// Writing (and publishing) goes through the <see cref="ObservedStateWriter"/>, shared by all routers.
/// </summary>
public sealed class SessionStateRecorder(PeeringHubDbContext db, ObservedStateWriter writer, RouterPollFeed polls, UnmanagedSessions unmanaged, TimeProvider clock)
{
    public const string NotOnRouter = "Not configured on the router";
    /// <summary>A session of a router with polling switched off: its state is not known (the board shows "not polled since …").</summary>
    public const string NotPolled = "Not polled: polling is off for this router";
    /// <summary>The router's status while its polling is off.</summary>
    public const string PollingOff = "Polling off";

    sealed record Row(int Id, string PeerIp, BgpState State, DateTime? Since, int? Received, int? Accepted, string? LastError, string? RouterName);

    public async Task<PollOutcome> RecordAsync(int routerId, IReadOnlyList<ObservedSession> observed, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ours = await LoadAsync(routerId, ct);
        var byIp = new Dictionary<string, ObservedSession>(observed.Count, StringComparer.Ordinal);
        foreach (var o in observed) byIp[Canonical(o.PeerIp)] = o;

        var changes = new List<SessionStateChanged>();
        var matched = 0;
        var renamed = new List<(int Id, string Name)>();
        foreach (var row in ours)
        {
            SessionStateChanged next;
            if (byIp.Remove(row.PeerIp, out var o))
            {
                matched++;
                if (o.RouterName is { } name && name != row.RouterName) renamed.Add((row.Id, name));
                var state = o.AdminDisabled ? BgpState.AdminDown : o.State;
                next = new(row.Id, routerId, row.PeerIp, row.State, state, SinceOf(row, state, o.Since, now),
                    o.PrefixesReceived, o.PrefixesAccepted, o.LastError, now);
            }
            else
            {
                next = new(row.Id, routerId, row.PeerIp, row.State, BgpState.Unknown, row.State == BgpState.Unknown ? row.Since : now, null, null, NotOnRouter, now);
            }
            if (Differs(row, next)) changes.Add(next);
        }

        unmanaged.Set(routerId, byIp.Values.ToList());
        await writer.WriteAsync(new ObservedStateWrite(routerId, changes, renamed, reachable: true, error: null, now), ct);
        var outcome = new PollOutcome(routerId, now, true, null, matched, changes.Count, unmanaged.For(routerId));
        polls.Publish(outcome);
        return outcome;
    }

    /// <summary>The router could not be read: every session on it becomes Unknown, with the reason.</summary>
    public async Task<PollOutcome> RecordUnreachableAsync(int routerId, string reason, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ours = await LoadAsync(routerId, ct);
        var changes = ours
            .Select(r => (Row: r, Next: new SessionStateChanged(r.Id, routerId, r.PeerIp, r.State, BgpState.Unknown, r.State == BgpState.Unknown ? r.Since : now, null, null, reason, now)))
            .Where(p => Differs(p.Row, p.Next))
            .Select(p => p.Next)
            .ToList();
        await writer.WriteAsync(new ObservedStateWrite(routerId, changes, [], reachable: false, reason, now), ct);
        var outcome = new PollOutcome(routerId, now, false, reason, 0, changes.Count, []);
        polls.Publish(outcome);
        return outcome;
    }

    /// <summary>
    /// The router's polling is off: nothing may keep its last state looking live, so every session on it becomes Unknown with
    /// <see cref="NotPolled"/> (StateSince = from when), and the router's reachability becomes unknown with <see cref="PollingOff"/>.
    /// </summary>
    public async Task RecordNotPolledAsync(int routerId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = (await LoadAsync(routerId, ct))
            .Where(r => r.State != BgpState.Unknown || r.LastError != NotPolled)
            .Select(r => new SessionStateChanged(r.Id, routerId, r.PeerIp, r.State, BgpState.Unknown, now, null, null, NotPolled, now))
            .ToList();
        await writer.WriteAsync(new ObservedStateWrite(routerId, changes, [], reachable: null, PollingOff, now), ct);
    }

    Task<List<Row>> LoadAsync(int routerId, CancellationToken ct) =>
        db.Sessions.AsNoTracking().Where(s => s.RouterId == routerId)
            .Select(s => new Row(s.Id, s.PeerIp, s.State, s.StateSince, s.PrefixesReceived, s.PrefixesAccepted, s.LastError, s.RouterSessionName))
            .ToListAsync(ct);

    static bool Differs(Row row, SessionStateChanged next) =>
        row.State != next.NewState || row.Received != next.PrefixesReceived || row.Accepted != next.PrefixesAccepted ||
        row.LastError != next.LastError || row.Since != next.Since;

    /// <summary>
    /// Routers that report a duration ("down for 12345 ms", FRR's lastResetTimerMsecs) give an instant that moves by the
    /// transfer delay on every poll; within this tolerance, an unchanged state keeps its stored instant, so such sessions
    /// do not count as changed (and are not written and pushed to every screen) every poll.
    /// </summary>
    internal static readonly TimeSpan SinceTolerance = TimeSpan.FromSeconds(1);

    static DateTime? SinceOf(Row row, BgpState state, DateTime? reported, DateTime now)
    {
        if (state != row.State) return reported ?? now;
        if (reported is not { } seen) return row.Since;
        return row.Since is { } kept && (seen - kept).Duration() < SinceTolerance ? kept : seen;
    }

    static string Canonical(string ip) => IPAddress.TryParse(ip, out var a) ? a.ToString() : ip;
}
