using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Polling;

/// <summary>Reads one router through its driver and hands the result to Core's recorder (diff, history, feed).</summary>
public sealed class RouterPoller(PeeringHubDbContext db, RouterConnectionService connections, SessionStateRecorder recorder, TcpMd5Watch md5) : IRouterPoller
{
    public async Task<PollOutcome> PollAsync(int routerId, CancellationToken ct = default)
    {
        var router = await db.Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == routerId, ct)
                     ?? throw new KeyNotFoundException($"Router {routerId} does not exist.");
        var read = await connections.ReadSessionsAsync(router, ct);
        if (!read.Reachable)
            return await recorder.RecordUnreachableAsync(routerId, read.Reason ?? read.Error.ToString(), ct);
        var md5Hint = router.Transport == RouterTransport.Ssh && read.Sessions.Any(CannotConnect)
            ? await md5.HintAsync(routerId, t => connections.ReadTcpMd5CountersAsync(router, t), ct)
            : null;
        return await recorder.RecordAsync(routerId, read.Sessions.Select(s => Observed(s, CannotConnect(s) ? md5Hint : null)).ToList(), ct);
    }

    /// <summary>Trying and failing to open TCP: where a TCP-MD5 mismatch leaves a session.</summary>
    static bool CannotConnect(RouterSession s) => !s.AdminDisabled && s.State is BgpState.Connect or BgpState.Active;

    /// <param name="why">Replaces the router's last error (the peer's last NOTIFICATION, from before) when known better.</param>
    static ObservedSession Observed(RouterSession s, string? why)
    {
        var (received, accepted) = Prefixes(s.Families);
        return new(s.NeighborIp.ToString(), s.NeighborAsn, s.State, s.Since, received, accepted, why ?? s.LastError, s.AdminDisabled, s.Name, s.Description);
    }

    /// <summary>Prefix counts summed over the session's address families; null where no family reports one.</summary>
    static (int? Received, int? Accepted) Prefixes(IReadOnlyList<PrefixCounters> families)
    {
        // Indexed, not foreach or LINQ: this runs for every session of every router on every poll.
        int? received = null, accepted = null;
        for (var i = 0; i < families.Count; i++)
        {
            if (families[i].Received is { } r) received = (received ?? 0) + r;
            if (families[i].Accepted is { } a) accepted = (accepted ?? 0) + a;
        }
        return (received, accepted);
    }
}
