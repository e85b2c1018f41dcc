using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Polling;

/// <summary>Reads one router through its driver and hands the result to Core's recorder (diff, history, feed).</summary>
public sealed class RouterPoller(PeeringHubDbContext db, RouterConnectionService connections, SessionStateRecorder recorder) : IRouterPoller
{
    public async Task<PollOutcome> PollAsync(int routerId, CancellationToken ct = default)
    {
        var router = await db.Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == routerId, ct)
                     ?? throw new KeyNotFoundException($"Router {routerId} does not exist.");
        var read = await connections.ReadSessionsAsync(router, ct);
        if (!read.Reachable)
            return await recorder.RecordUnreachableAsync(routerId, read.Reason ?? read.Error.ToString(), ct);
        return await recorder.RecordAsync(routerId, read.Sessions.Select(Observed).ToList(), ct);
    }

    static ObservedSession Observed(RouterSession s) => new(
        s.NeighborIp.ToString(), s.NeighborAsn, s.State, s.Since,
        Sum(s.Families, f => f.Received), Sum(s.Families, f => f.Accepted), s.LastError, s.AdminDisabled, s.Name, s.Description);

    static int? Sum(IReadOnlyList<PrefixCounters> families, Func<PrefixCounters, int?> pick) =>
        families.Aggregate((int?)null, (total, f) => pick(f) is { } v ? (total ?? 0) + v : total);
}
