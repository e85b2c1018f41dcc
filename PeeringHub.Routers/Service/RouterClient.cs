using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Resilience;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Routers.Service;

/// <summary>
/// The entry point for everything that talks to routers: picks the driver by platform, runs it over the router's
/// resilient transport and returns <see cref="RouterResult{T}"/>; nothing throws into callers.
/// </summary>
public sealed class RouterClient
{
    private readonly RouterDriverRegistry _drivers;
    private readonly RouterTransportFactory _transports;
    private readonly RouterCallGuard _guard;

    internal RouterClient(RouterDriverRegistry drivers, RouterTransportFactory transports, RouterCallGuard guard)
    {
        _drivers = drivers;
        _transports = transports;
        _guard = guard;
    }

    public Task<RouterResult<IReadOnlyList<RouterSession>>> ListSessionsAsync(RouterTarget router, CancellationToken ct = default) =>
        Run(router, "list sessions", (d, t) => d.ListSessionsAsync(router, t, ct), ct);

    public Task<RouterResult<IReadOnlyList<SessionActionResult>>> SetAdminStateAsync(RouterTarget router, AdminStateRequest request, CancellationToken ct = default) =>
        Run(router, "set admin state", (d, t) => d.SetAdminStateAsync(router, t, request, ct), ct);

    public Task<RouterResult<RenderedConfig>> RenderAsync(RouterTarget router, SessionConfig session, CancellationToken ct = default) =>
        Run(router, "render", (d, _) => Task.FromResult(d.Render(router, session)), ct);

    public Task<RouterResult<string>> CheckAsync(RouterTarget router, RenderedConfig config, CancellationToken ct = default) =>
        Run(router, "check config", (d, t) => d.CheckAsync(router, t, config, ct), ct);

    public Task<RouterResult<string>> ApplyAsync(RouterTarget router, RenderedConfig config, ApplyOptions? options = null, CancellationToken ct = default) =>
        Run(router, "apply config", (d, t) => d.ApplyAsync(router, t, config, options ?? ApplyOptions.Default, ct), ct);

    /// <summary>Render then apply; the common path for "configure this session".</summary>
    public Task<RouterResult<string>> ApplyAsync(RouterTarget router, SessionConfig session, ApplyOptions? options = null, CancellationToken ct = default) =>
        Run(router, "apply config", (d, t) => d.ApplyAsync(router, t, d.Render(router, session), options ?? ApplyOptions.Default, ct), ct);

    public Task<RouterResult<string>> RemoveAsync(RouterTarget router, string session, ApplyOptions? options = null, CancellationToken ct = default) =>
        Run(router, "remove session", (d, t) => d.RemoveAsync(router, t, session, options ?? ApplyOptions.Default, ct), ct);

    /// <summary>Takes over sessions the router already has (see <see cref="IRouterDriver.AdoptAsync"/>).</summary>
    public Task<RouterResult<IReadOnlyList<SessionActionResult>>> AdoptAsync(RouterTarget router, IReadOnlyList<string> sessions, CancellationToken ct = default) =>
        Run(router, "import sessions", (d, t) => d.AdoptAsync(router, t, sessions, ct), ct);

    /// <summary>Runs one gate command that is not a driver call (<c>check</c>, <c>tcp-md5</c>) and returns its output.</summary>
    internal Task<RouterResult<CommandResult>> RunGateAsync(RouterTarget router, string command, CancellationToken ct) =>
        RunRawAsync(router, new RouterCommand([command], "", ReadOnly: true), ct);

    public Task<RouterResult<IReadOnlyList<RenderedConfig>>> ReadRunningConfigAsync(RouterTarget router, CancellationToken ct = default) =>
        Run(router, "read running config", (d, t) => d.ReadRunningConfigAsync(router, t, ct), ct);

    /// <summary>Waits up to <paramref name="max"/> for a session state change on the router (see <see cref="IRouterDriver.WaitForStateChangeAsync"/>).</summary>
    public Task<RouterResult<StateWatch>> WaitForStateChangeAsync(RouterTarget router, TimeSpan max, long? from = null, CancellationToken ct = default) =>
        Run(router, "wait for a state change", (d, t) => d.WaitForStateChangeAsync(router, t, max, from, ct), ct);

    /// <summary>Runs one raw command (read-only) through the router's transport; used by connection tests.</summary>
    internal Task<RouterResult<CommandResult>> RunRawAsync(RouterTarget router, RouterCommand command, CancellationToken ct) =>
        _guard.RunAsync(router, command.ToString(), () => _transports.For(router).RunAsync(command, ct), ct);

    private Task<RouterResult<T>> Run<T>(RouterTarget router, string operation, Func<IRouterDriver, IRouterTransport, Task<T>> call, CancellationToken ct) =>
        _guard.RunAsync(router, operation, () => call(_drivers.Get(router.Platform), _transports.For(router)), ct);
}
