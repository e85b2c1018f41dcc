using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Simulated;

/// <summary>
/// The demo's routers (platforms <c>simulated-bird2</c> and <c>simulated-frr</c>): an in-process router per router id that
/// speaks BIRD 2 or FRR configuration (<see cref="ISimulatedDialect"/>), reports its sessions with states and prefix counts,
/// flaps a session now and then, takes batched admin up/down, and checks and applies configuration with its platform's rules,
/// so Configure and the Config Manager run their real render → check → diff → apply → watch → rollback path against it.
/// Registered only while <c>PeeringHub:SeedDemo</c> is on; it never opens a connection.
/// </summary>
public sealed class SimulatedDriver : IRouterDriver
{
    readonly ISimulatedDialect dialect;
    readonly SimulatedRouters routers;
    readonly TimeProvider clock;

    SimulatedDriver(string platform, ISimulatedDialect dialect, SimulatedRouters routers, TimeProvider clock)
    {
        Platform = platform;
        this.dialect = dialect;
        this.routers = routers;
        this.clock = clock;
    }

    public static SimulatedDriver Bird2(SimulatedRouters routers, TimeProvider clock) => new(RouterPlatform.SimulatedBird2, new SimulatedBirdDialect(), routers, clock);

    public static SimulatedDriver Frr(SimulatedRouters routers, TimeProvider clock) => new(RouterPlatform.SimulatedFrr, new SimulatedFrrDialect(), routers, clock);

    public string Platform { get; }

    public async Task<IReadOnlyList<RouterSession>> ListSessionsAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct) =>
        (await Router(router, ct)).List();

    public async Task<IReadOnlyList<SessionActionResult>> SetAdminStateAsync(RouterTarget router, IRouterTransport transport, AdminStateRequest request, CancellationToken ct)
    {
        var down = request.Target == AdminState.Down;
        // the same values the real drivers accept
        var message = down && !string.IsNullOrWhiteSpace(request.ShutdownMessage) ? SafeText.ShutdownMessage(request.ShutdownMessage) : null;
        var names = request.Sessions.Select(n => dialect.Platform == RouterPlatform.Frr ? SafeText.Ip(n).ToString() : SafeText.Name(n)).Distinct(StringComparer.Ordinal).ToList();
        return (await Router(router, ct)).SetAdminState(names, down, message);
    }

    public RenderedConfig Render(RouterTarget router, SessionConfig session) => dialect.Render(session);

    public async Task<string> CheckAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, CancellationToken ct)
    {
        var defined = await routers.DefinitionsAsync(router.Id, ct);
        (await Router(router, ct)).Check(config, defined);
        return $"Configuration OK ({Platform}: checked by the {dialect.Platform} rules; nothing changed)";
    }

    public async Task<string> ApplyAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, ApplyOptions options, CancellationToken ct)
    {
        if (!options.Confirm)
            throw new RouterException(RouterErrorKind.InvalidInput, "a simulated router commits at once; apply with Confirm = true");
        var defined = await routers.DefinitionsAsync(router.Id, ct);
        var device = await Router(router, ct);
        var ip = device.Check(config, defined).NeighborIp;
        var peer = device.HasPeer(ip) ? null : await routers.PeerAtAsync(router, ip, ct);
        device.Apply(config, defined, peer);
        return $"{config.Session}: applied on the simulated router ({dialect.Platform} rules)";
    }

    public async Task<string> RemoveAsync(RouterTarget router, IRouterTransport transport, string session, ApplyOptions options, CancellationToken ct)
    {
        var name = dialect.Platform == RouterPlatform.Frr ? SafeText.Ip(session).ToString() : SafeText.Name(session);
        return (await Router(router, ct)).Remove(name) ? $"{name}: removed" : $"{name}: not configured";
    }

    public async Task<IReadOnlyList<RenderedConfig>> ReadRunningConfigAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct) =>
        (await Router(router, ct)).Running();

    /// <summary>Waits until the router's next flap or restart completes, so the board shows it at once.</summary>
    public async Task<StateWatch> WaitForStateChangeAsync(RouterTarget router, IRouterTransport transport, TimeSpan max, long? from, CancellationToken ct)
    {
        var device = await Router(router, ct);
        var wait = device.NextChange() - clock.GetUtcNow();
        if (wait > max) wait = max;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);
        return new StateWatch(wait < max ? StateChangeHint.Changed : StateChangeHint.Quiet, null);
    }

    Task<SimulatedRouter> Router(RouterTarget router, CancellationToken ct) => routers.GetAsync(router, dialect, ct);
}
