using System.Net;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Simulated;

/// <summary>
/// One simulated router in memory: its configuration text per session, the peers on the far side, and each session's state,
/// which follows from both (a session whose configuration disagrees with its peer does not come up). A changed session restarts
/// for <see cref="RestartTime"/>; a session on a flaky link goes down now and then (the first time <see cref="FirstFlapAfter"/>
/// after the router starts, so a fresh demo shows a live change within its first minute).
/// </summary>
internal sealed class SimulatedRouter
{
    public static readonly TimeSpan RestartTime = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan FirstFlapAfter = TimeSpan.FromSeconds(12);
    public static readonly TimeSpan FlapDown = TimeSpan.FromSeconds(8);
    /// <summary>A session an operator changed is left alone this long, so a flap never looks like the result of a change.</summary>
    public static readonly TimeSpan LeaveChangedAlone = TimeSpan.FromMinutes(3);

    sealed class Entry(RenderedConfig config, SimulatedSession parsed, DateTime since)
    {
        public RenderedConfig Config = config;
        public SimulatedSession Parsed = parsed;
        public DateTimeOffset? DownUntil;
        public BgpState DownState;
        public string? DownError;
        public DateTimeOffset TouchedAt = DateTimeOffset.MinValue;
        public BgpState? Last;
        public DateTime Since = since;
    }

    readonly Lock gate = new();
    readonly ISimulatedDialect dialect;
    readonly TimeProvider clock;
    readonly long localAsn;
    readonly Random random;
    readonly Dictionary<string, Entry> sessions = new(StringComparer.Ordinal);
    readonly Dictionary<string, SimulatedPeer> peers = new(StringComparer.Ordinal);
    DateTimeOffset nextFlap;

    public SimulatedRouter(ISimulatedDialect dialect, TimeProvider clock, long localAsn, int seed)
    {
        this.dialect = dialect;
        this.clock = clock;
        this.localAsn = localAsn;
        random = new Random(seed);
        nextFlap = clock.GetUtcNow() + FirstFlapAfter;
    }

    /// <summary>Puts a session the router starts with (checked by the caller) and its peer in place.</summary>
    public void Add(RenderedConfig config, SimulatedSession parsed, SimulatedPeer peer, DateTime since)
    {
        lock (gate)
        {
            sessions[config.Session] = new Entry(Normalized(config), parsed, since);
            peers.TryAdd(parsed.NeighborIp, peer);
        }
    }

    public bool HasPeer(string ip) { lock (gate) return peers.ContainsKey(ip); }

    public IReadOnlyList<RouterSession> List()
    {
        var now = clock.GetUtcNow();
        lock (gate)
        {
            Flap(now);
            return sessions.Select(kv => Report(kv.Key, kv.Value, now)).ToList();
        }
    }

    RouterSession Report(string name, Entry e, DateTimeOffset now)
    {
        var (state, error) = StateOf(e, now);
        if (e.Last != state)
        {
            if (e.Last is not null) e.Since = now.UtcDateTime;
            e.Last = state;
        }
        var ip = IPAddress.Parse(e.Parsed.NeighborIp);
        var v6 = ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        IReadOnlyList<PrefixCounters> families = [];
        if (state == BgpState.Established && peers.TryGetValue(e.Parsed.NeighborIp, out var p))
        {
            var filtered = p.Prefixes / 10;
            families = [new PrefixCounters(v6 ? "ipv6" : "ipv4", p.Prefixes, p.Prefixes - filtered, filtered)];
        }
        return new RouterSession(name, ip, e.Parsed.RemoteAsn, e.Parsed.LocalAsn ?? localAsn, null, e.Parsed.Description,
            state, e.Since, e.Parsed.Disabled, error, families);
    }

    (BgpState State, string? Error) StateOf(Entry e, DateTimeOffset now)
    {
        var c = e.Parsed;
        if (c.Disabled) return (BgpState.AdminDown, null);
        if (!peers.TryGetValue(c.NeighborIp, out var peer) || !peer.Answers) return (BgpState.Active, "Socket: Connection refused");
        // The peer's OPEN carries another AS than configured, or ours is not the one it expects: a NOTIFICATION each time.
        if (c.RemoteAsn != peer.Asn) return (BgpState.Active, "Error: Bad peer AS");
        if ((c.LocalAsn ?? localAsn) != peer.ExpectsAsn) return (BgpState.Active, "Received: Bad peer AS");
        // TCP-MD5 mismatch: the kernel drops the segments; like BIRD and FRR, the router reports no reason.
        if (c.Password != peer.Password) return (BgpState.Connect, null);
        if (e.DownUntil > now) return (e.DownState, e.DownError);
        return (BgpState.Established, null);
    }

    void Flap(DateTimeOffset now)
    {
        if (now < nextFlap) return;
        nextFlap = now + TimeSpan.FromSeconds(random.Next(40, 71));
        var quiet = sessions.Values.Where(e => now - e.TouchedAt > LeaveChangedAlone && StateOf(e, now).State == BgpState.Established).ToList();
        var flaky = quiet.Where(e => peers[e.Parsed.NeighborIp].Flaky).ToList();
        var pick = flaky.Count > 0 ? flaky : quiet;
        if (pick.Count == 0) return;
        var e = pick[random.Next(pick.Count)];
        (e.DownUntil, e.DownState, e.DownError) = (now + FlapDown, BgpState.Idle, "Hold timer expired");
    }

    /// <summary>When the next state change happens by itself (a flap starts or ends, a restart completes).</summary>
    public DateTimeOffset NextChange()
    {
        var now = clock.GetUtcNow();
        lock (gate)
            return sessions.Values.Select(e => e.DownUntil).OfType<DateTimeOffset>().Where(t => t > now).Append(nextFlap).Min();
    }

    public IReadOnlyList<SessionActionResult> SetAdminState(IReadOnlyList<string> names, bool down, string? message)
    {
        var now = clock.GetUtcNow();
        lock (gate)
            return names.Select(name =>
            {
                if (!sessions.TryGetValue(name, out var e)) return new SessionActionResult(name, false, $"{name}: no such session on the router");
                var text = dialect.SetAdminState(e.Config, down, message);
                var wasDown = e.Parsed.Disabled;
                e.Config = Normalized(e.Config with { Text = text });
                e.Parsed = e.Parsed with { Disabled = down };
                if (wasDown && !down) (e.DownUntil, e.DownState, e.DownError) = (now + RestartTime, BgpState.Connect, null);
                e.TouchedAt = now;
                var done = down ? "disabled" : "enabled";
                return new SessionActionResult(name, true, message is null ? $"{name}: {done}" : $"{name}: {done}, shutdown message \"{message}\" sent");
            }).ToList();
    }

    /// <summary>The check a real router runs before taking a text: the dialect's rules, and no second session to one neighbor.</summary>
    public SimulatedSession Check(RenderedConfig config, SimulatedDefinitions defined)
    {
        var parsed = dialect.Check(config, defined);
        lock (gate)
        {
            var clash = sessions.FirstOrDefault(kv => kv.Key != config.Session && kv.Value.Parsed.NeighborIp == parsed.NeighborIp).Key;
            if (clash is not null)
                throw new RouterException(RouterErrorKind.InvalidInput,
                    $"{config.Session} would be a second session for neighbor {parsed.NeighborIp}, which {clash} already has; nothing was changed");
        }
        return parsed;
    }

    /// <summary>Checks and takes the text; <paramref name="newPeer"/> is the far side when the neighbor is new to this router
    /// (it agreed on the password we configure, as if it had been sent with the peering request).</summary>
    public void Apply(RenderedConfig config, SimulatedDefinitions defined, SimulatedPeer? newPeer)
    {
        var parsed = Check(config, defined);
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (newPeer is not null) peers.TryAdd(parsed.NeighborIp, newPeer with { Password = parsed.Password });
            var restart = true;
            if (sessions.TryGetValue(config.Session, out var e))
            {
                restart = e.Parsed.RestartsFor(parsed);
                (e.Config, e.Parsed) = (Normalized(config), parsed);
            }
            else sessions[config.Session] = e = new Entry(Normalized(config), parsed, now.UtcDateTime);
            if (restart && !parsed.Disabled) (e.DownUntil, e.DownState, e.DownError) = (now + RestartTime, BgpState.Connect, null);
            e.TouchedAt = now;
        }
    }

    public bool Remove(string name) { lock (gate) return sessions.Remove(name); }

    public IReadOnlyList<RenderedConfig> Running()
    {
        lock (gate) return sessions.Values.Select(e => e.Config).OrderBy(c => c.Session, StringComparer.Ordinal).ToList();
    }

    // as the gate stores a file and FRR prints its config: one newline at the end
    static RenderedConfig Normalized(RenderedConfig c) => c with { Text = c.Text.Replace("\r\n", "\n").TrimEnd('\n') + "\n" };
}
