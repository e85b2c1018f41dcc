namespace PeeringHub.Routers.Contract;

/// <summary>
/// One router platform (BIRD 2, FRR, …), modelled on NAPALM's driver: typed getters, batched admin state and a
/// render → check → apply (with automatic rollback where the platform has it) → confirm cycle. Drivers are pure
/// protocol logic: all I/O goes through the <see cref="IRouterTransport"/> they are given, and failures are thrown as
/// <see cref="RouterException"/>; <see cref="RouterClient"/> turns them into <see cref="RouterResult{T}"/>.
/// Register with <c>services.AddSingleton&lt;IRouterDriver, MyDriver&gt;()</c>; the registry finds it by <see cref="Platform"/>.
/// </summary>
public interface IRouterDriver
{
    /// <summary>Platform key, as stored in <c>Router.Platform</c>. Example: <c>bird2</c>.</summary>
    string Platform { get; }

    /// <summary>All BGP sessions with state. Example element: <c>p001_v4, 192.0.2.11, AS65001, Established, ipv4 3/2/1</c>.</summary>
    Task<IReadOnlyList<RouterSession>> ListSessionsAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct);

    /// <summary>Admin up/down of many sessions in one round trip, persisted so a later reload keeps it; one result per session.</summary>
    Task<IReadOnlyList<SessionActionResult>> SetAdminStateAsync(RouterTarget router, IRouterTransport transport, AdminStateRequest request, CancellationToken ct);

    /// <summary>Renders a session's configuration; throws <see cref="RouterException"/> (InvalidInput) for unsafe values.</summary>
    RenderedConfig Render(RouterTarget router, SessionConfig session);

    /// <summary>Asks the router whether the configuration would be accepted, without changing what runs. Returns the router's answer.</summary>
    Task<string> CheckAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, CancellationToken ct);

    /// <summary>Adds or replaces the session's configuration and activates it; on rejection the previous configuration stays.</summary>
    Task<string> ApplyAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, ApplyOptions options, CancellationToken ct);

    /// <summary>Removes the session from the router.</summary>
    Task<string> RemoveAsync(RouterTarget router, IRouterTransport transport, string session, ApplyOptions options, CancellationToken ct);

    /// <summary>The running configuration of the sessions we manage, one entry per session.</summary>
    Task<IReadOnlyList<RenderedConfig>> ReadRunningConfigAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct);

    /// <summary>
    /// Takes over sessions the router already has (import), without restarting them, so that admin state, Configure and the
    /// Config Manager work on them afterwards. One result per session, in the order given. Platforms that manage a session
    /// where it is (FRR: by neighbor address in the running config) keep this default.
    /// </summary>
    Task<IReadOnlyList<SessionActionResult>> AdoptAsync(RouterTarget router, IRouterTransport transport, IReadOnlyList<string> sessions, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SessionActionResult>>(sessions.Select(s => new SessionActionResult(s, true, $"{s}: managed where it is")).ToList());

    /// <summary>
    /// Waits up to <paramref name="max"/> for the router to report a session state change, so the poller can read it at
    /// once instead of at the next interval; <paramref name="from"/> is the previous wait's <see cref="StateWatch.LogPosition"/>.
    /// Platforms without such a signal keep this default.
    /// </summary>
    Task<StateWatch> WaitForStateChangeAsync(RouterTarget router, IRouterTransport transport, TimeSpan max, long? from, CancellationToken ct) =>
        Task.FromResult(StateWatch.Unsupported);
}
