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
        // Every router goes through here every poll: index the report by position (an entry of ObservedSession itself is ten
        // fields), and build a change only for a session that differs (almost none do in a poll).
        var byIp = new Dictionary<string, int>(observed.Count, StringComparer.Ordinal);
        for (var i = 0; i < observed.Count; i++) byIp[Canonical(observed[i].PeerIp)] = i;
        var isOurs = new bool[observed.Count];

        var changes = new List<SessionStateChanged>();
        var matched = 0;
        var renamed = new List<(int Id, string Name)>();
        foreach (var row in ours)
        {
            if (byIp.TryGetValue(row.PeerIp, out var i))
            {
                matched++;
                isOurs[i] = true;
                var o = observed[i];
                if (o.RouterName is { } name && name != row.RouterName) renamed.Add((row.Id, name));
                var state = o.AdminDisabled ? BgpState.AdminDown : o.State;
                var since = SinceOf(row, state, o.Since, now);
                if (Differs(row, state, since, o.PrefixesReceived, o.PrefixesAccepted, o.LastError))
                    changes.Add(new(row.Id, routerId, row.PeerIp, row.State, state, since, o.PrefixesReceived, o.PrefixesAccepted, o.LastError, now));
            }
            else
            {
                var since = row.State == BgpState.Unknown ? row.Since : now;
                if (Differs(row, BgpState.Unknown, since, null, null, NotOnRouter))
                    changes.Add(new(row.Id, routerId, row.PeerIp, row.State, BgpState.Unknown, since, null, null, NotOnRouter, now));
            }
        }

        // What the router reports beyond our sessions, once per address (a later report of the same address wins).
        var theirs = new List<ObservedSession>();
        foreach (var i in byIp.Values)
            if (!isOurs[i]) theirs.Add(observed[i]);
        unmanaged.Set(routerId, theirs);
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
        Differs(row, next.NewState, next.Since, next.PrefixesReceived, next.PrefixesAccepted, next.LastError);

    static bool Differs(Row row, BgpState state, DateTime? since, int? received, int? accepted, string? lastError) =>
        row.State != state || row.Received != received || row.Accepted != accepted || row.LastError != lastError || row.Since != since;

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

    /// <summary>The address as we store it (drivers already give it so: then no new string is made).</summary>
    static string Canonical(string ip)
    {
        if (!IPAddress.TryParse(ip, out var address)) return ip;
        Span<char> text = stackalloc char[64]; // an IPv6 address with a scope fits in 56
        return address.TryFormat(text, out var written) && text[..written].SequenceEqual(ip) ? ip : address.ToString();
    }
}
