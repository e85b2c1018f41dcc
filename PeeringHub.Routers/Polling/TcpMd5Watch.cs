using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Gate;

namespace PeeringHub.Routers.Polling;

/// <summary>
/// Says why sessions cannot connect when the reason is TCP-MD5. A peer whose password differs from ours never gets past
/// TCP, so the router has no BGP message to report, only its last NOTIFICATION from before; the kernel counts the
/// segments it dropped for a bad or missing signature. The counters are per network namespace, not per peer, so a rise
/// while sessions sit in Connect/Active is the likely reason for those sessions, and the hint says so in those words.
/// Counters are read at most every <see cref="ReadEvery"/> per router (only while a session is stuck), and a rise
/// counts for <see cref="HoldFor"/>, so the hint does not flicker between the peer's connect retries.
/// </summary>
public sealed class TcpMd5Watch(TimeProvider clock, ILogger<TcpMd5Watch> log)
{
    public static readonly TimeSpan ReadEvery = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(5);

    sealed record RouterState(TcpMd5Counters? Counters, DateTimeOffset ReadAt, DateTimeOffset? RoseAt, long Rise);

    readonly ConcurrentDictionary<int, RouterState> routers = new();

    /// <summary>The hint for the router's stuck sessions, or null when TCP-MD5 is not the likely reason.</summary>
    public async Task<string?> HintAsync(int routerId, Func<CancellationToken, Task<RouterResult<TcpMd5Counters>>> read, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        routers.TryGetValue(routerId, out var state);
        if (state is null || now - state.ReadAt >= ReadEvery)
        {
            var r = await read(ct);
            if (!r.Succeeded)
            {
                // An old gate or a kernel without the counters: no hint, and no new try before the next read interval.
                log.LogDebug("TCP-MD5 counters of router {RouterId} not read: {Reason}", routerId, r.Message);
                state = new RouterState(state?.Counters, now, state?.RoseAt, state?.Rise ?? 0);
            }
            else
            {
                var rise = state?.Counters is { } before ? r.Value.Since(before) : 0;
                state = rise > 0 ? new RouterState(r.Value, now, now, rise) : new RouterState(r.Value, now, state?.RoseAt, state?.Rise ?? 0);
            }
            routers[routerId] = state;
        }
        return state.RoseAt is { } rose && now - rose < HoldFor
            ? $"TCP-MD5 signature failures on this router ({state.Rise} bad segment(s) at {rose:HH:mm:ss} UTC) while this session cannot connect: check the password on both sides"
            : null;
    }

    /// <summary>Forgets a router (deleted, or its settings changed).</summary>
    public void Forget(int routerId) => routers.TryRemove(routerId, out _);
}
