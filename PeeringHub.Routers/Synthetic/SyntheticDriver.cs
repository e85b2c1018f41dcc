using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Synthetic;

/// <summary>
/// Benchmark-only driver (platform "synthetic"): router N with address "count" reports that many sessions
/// (10.N.x.y) and flips some between Established and Idle at the configured rate. It never talks to anything.
/// </summary>
public sealed class SyntheticDriver(IOptions<SyntheticOptions> options) : IRouterDriver
{
    public const string Key = "synthetic";
    readonly ConcurrentDictionary<int, RouterState> routers = new();
    readonly Lock logGate = new();

    sealed class RouterState(int count)
    {
        public readonly BgpState[] States = Enumerable.Repeat(BgpState.Established, count).ToArray();
        // Like a real router: "since" moves only when the state changes.
        public readonly DateTime[] Since = Enumerable.Repeat(DateTime.UtcNow, count).ToArray();
        public DateTime LastCall = DateTime.UtcNow;
        public double Pending;
    }

    public string Platform => Key;

    public static string PeerIp(int routerId, int index) => $"10.{routerId % 256}.{index / 250}.{index % 250 + 1}";

    public Task<IReadOnlyList<RouterSession>> ListSessionsAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct)
    {
        var state = routers.GetOrAdd(router.Id, _ => new RouterState(int.Parse(router.Address)));
        var now = DateTime.UtcNow;
        IReadOnlyList<RouterSession> sessions;
        lock (state)
        {
            var perRouterPerSecond = options.Value.ChangesPerMinute / 60.0 / Math.Max(1, options.Value.Routers);
            state.Pending += (now - state.LastCall).TotalSeconds * perRouterPerSecond;
            state.LastCall = now;
            for (; state.Pending >= 1; state.Pending--)
            {
                var i = Random.Shared.Next(state.States.Length);
                state.States[i] = state.States[i] == BgpState.Established ? BgpState.Idle : BgpState.Established;
                state.Since[i] = now;
                Log(PeerIp(router.Id, i), state.States[i]);
            }
            sessions = state.States.Select((s, i) => new RouterSession($"syn_{i}", IPAddress.Parse(PeerIp(router.Id, i)), 65000 + i % 1000, router.LocalAsn, null,
                null, s, state.Since[i], false, s == BgpState.Idle ? "synthetic flap" : null, [])).ToList();
        }
        return Task.FromResult(sessions);
    }

    void Log(string ip, BgpState state)
    {
        if (options.Value.FlipLog is not { } path) return;
        lock (logGate) File.AppendAllText(path, $"{ip},{state},{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}\n");
    }

    static Exception Unsupported() => new RouterException(RouterErrorKind.InvalidInput, "The synthetic benchmark router only reports sessions.");

    public Task<IReadOnlyList<SessionActionResult>> SetAdminStateAsync(RouterTarget router, IRouterTransport transport, AdminStateRequest request, CancellationToken ct) => throw Unsupported();
    public RenderedConfig Render(RouterTarget router, SessionConfig session) => throw Unsupported();
    public Task<string> CheckAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, CancellationToken ct) => throw Unsupported();
    public Task<string> ApplyAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, ApplyOptions options, CancellationToken ct) => throw Unsupported();
    public Task<string> RemoveAsync(RouterTarget router, IRouterTransport transport, string session, ApplyOptions options, CancellationToken ct) => throw Unsupported();
    public Task<IReadOnlyList<RenderedConfig>> ReadRunningConfigAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct) => throw Unsupported();
}
