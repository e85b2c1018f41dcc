using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions;

/// <summary>
/// Admin Up / Admin Down / Delete on one session or hundreds: one batched call per router, routers in parallel,
/// a result per session, the desired state stored and every session's action audited.
/// </summary>
public sealed class SessionActionService(PeeringHubDbContext db, IRouterSessionCommands commands, TimeProvider clock, SessionCatalogFeed? catalog = null)
{
    const int RouterParallelism = 8;

    public async Task<IReadOnlyList<SessionActionOutcome>> RunAsync(
        SessionAction action, IReadOnlyCollection<int> sessionIds, string? message, bool onRouter = true,
        IProgress<SessionActionProgress>? progress = null, CancellationToken ct = default)
    {
        var ids = sessionIds.Distinct().ToList();
        var sessions = await db.Sessions.Include(s => s.Router).Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var outcomes = ids.Except(sessions.Select(s => s.Id)).Select(id => new SessionActionOutcome(id, $"#{id}", null, false, "No such session.")).ToList();
        var done = outcomes.Count;
        progress?.Report(new SessionActionProgress(done, ids.Count, null));

        var perRouter = new List<IReadOnlyList<SessionActionOutcome>>();
        await Parallel.ForEachAsync(sessions.GroupBy(s => s.RouterId), new ParallelOptions { MaxDegreeOfParallelism = RouterParallelism, CancellationToken = ct },
            async (group, token) =>
            {
                var list = group.ToList();
                var router = list[0].Router!;
                var result = !onRouter ? list.Select(s => Ok(s)).ToList()
                    : action switch
                    {
                        SessionAction.AdminUp => await commands.SetAdminStateAsync(router, list, AdminState.Up, message, token),
                        SessionAction.AdminDown => await commands.SetAdminStateAsync(router, list, AdminState.Down, message, token),
                        _ => await commands.RemoveAsync(router, list, token),
                    };
                lock (perRouter) perRouter.Add(result);
                progress?.Report(new SessionActionProgress(Interlocked.Add(ref done, list.Count), ids.Count, router.Name, router.Platform));
            });
        foreach (var r in perRouter) outcomes.AddRange(r);

        await RecordAsync(action, sessions, outcomes, message, onRouter, ct);
        return outcomes.OrderBy(o => o.RouterName).ThenBy(o => o.Label).ToList();
    }

    async Task RecordAsync(SessionAction action, List<BgpSession> sessions, List<SessionActionOutcome> outcomes, string? message, bool onRouter, CancellationToken ct)
    {
        var succeeded = outcomes.Where(o => o.Succeeded).Select(o => o.SessionId).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var s in sessions.Where(s => succeeded.Contains(s.Id)))
        {
            switch (action)
            {
                case SessionAction.Delete:
                    db.Sessions.Remove(s); // the context audits the delete with its values
                    break;
                default:
                    var state = action == SessionAction.AdminUp ? AdminState.Up : AdminState.Down;
                    // The action is the audit entry; the desired state is written without a second "Update" entry.
                    await db.Sessions.Where(x => x.Id == s.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DesiredAdminState, state), ct);
                    db.Entry(s).State = EntityState.Detached;
                    break;
            }
        }
        // A delete is audited by the context with the session's values; the router side gets its own entry.
        var actionName = action == SessionAction.Delete ? (onRouter ? "RemoveFromRouter" : null) : action.ToString();
        foreach (var o in outcomes.Where(o => actionName is not null && sessions.Any(s => s.Id == o.SessionId)))
            db.AuditEntries.Add(new AuditEntry
            {
                At = now, User = db.ActorName, Action = actionName + (o.Succeeded ? "" : "Failed"), ObjectType = nameof(BgpSession), ObjectId = o.SessionId.ToString(),
                ObjectName = o.Label, After = System.Text.Json.JsonSerializer.Serialize(new { o.RouterName, Message = message, o.Error }),
            });
        await db.SaveChangesAsync(ct);
        // The desired admin state went in with ExecuteUpdate, which the context's save does not see: boards show it.
        if (action != SessionAction.Delete && succeeded.Count > 0) catalog?.Publish();
    }

    static SessionActionOutcome Ok(BgpSession s) => new(s.Id, Label(s), s.Router?.Name, true, null);

    public static string Label(BgpSession s) => $"AS{s.PeerAsn} {s.PeerIp}";
}
