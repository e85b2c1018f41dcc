using System.Net;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Tests.Components;

/// <summary>
/// A router driver (platform "scripted") that reports whatever sessions the test put into <see cref="Sessions"/>, for
/// pages that need a poll's result but not a real router. It never touches its transport; it changes nothing but its
/// record of sessions taken over (import).
/// </summary>
public sealed class InventoryScriptedRouterDriver : IRouterDriver
{
    public const string Key = "scripted";

    public string Platform => Key;

    /// <summary>What the next poll reports.</summary>
    public List<RouterSession> Sessions { get; } = [];

    public static RouterSession Session(string name, string ip, long asn, BgpState state = BgpState.Established, DateTime? since = null) =>
        new(name, IPAddress.Parse(ip), asn, 64500, null, $"{name} description", state, since ?? new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc),
            false, state == BgpState.Established ? null : "Connection refused", [new PrefixCounters("ipv4", 3, 3, 0)]);

    public Task<IReadOnlyList<RouterSession>> ListSessionsAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RouterSession>>(Sessions.ToList());

    static RouterException ReadOnly() => new(RouterErrorKind.InvalidInput, "the scripted test router only reports sessions");

    public Task<IReadOnlyList<SessionActionResult>> SetAdminStateAsync(RouterTarget router, IRouterTransport transport, AdminStateRequest request, CancellationToken ct) => throw ReadOnly();
    public RenderedConfig Render(RouterTarget router, SessionConfig session) => throw ReadOnly();
    public Task<string> CheckAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, CancellationToken ct) => throw ReadOnly();
    public Task<string> ApplyAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, ApplyOptions options, CancellationToken ct) => throw ReadOnly();
    public Task<string> RemoveAsync(RouterTarget router, IRouterTransport transport, string session, ApplyOptions options, CancellationToken ct) => throw ReadOnly();

    /// <summary>Sessions taken over through <see cref="AdoptAsync"/> (import), in call order.</summary>
    public List<string> Adopted { get; } = [];

    /// <summary>Running config per session name; a session without one reads as a bare BIRD protocol.</summary>
    public Dictionary<string, string> Configs { get; } = [];

    public Task<IReadOnlyList<SessionActionResult>> AdoptAsync(RouterTarget router, IRouterTransport transport, IReadOnlyList<string> sessions, CancellationToken ct)
    {
        lock (Adopted) Adopted.AddRange(sessions);
        return Task.FromResult<IReadOnlyList<SessionActionResult>>(sessions.Select(s => new SessionActionResult(s, true, $"{s}: taken over")).ToList());
    }

    public Task<IReadOnlyList<RenderedConfig>> ReadRunningConfigAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RenderedConfig>>(Sessions.Select(s => new RenderedConfig(s.Name,
            Configs.GetValueOrDefault(s.Name) ?? $"protocol bgp {s.Name} {{\n  neighbor {s.NeighborIp} as {s.NeighborAsn};\n}}\n")).ToList());
}
