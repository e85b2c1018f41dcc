using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Sessions.Wizard;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Polling;

/// <summary>
/// "Configure router now": render → check → apply (BIRD <c>configure timeout</c>: undone by the router unless confirmed),
/// then one poll so the board and the detail page see the new session's state at once; the background poller follows it up.
/// The rendered text holds the MD5 password, so it is never put into a result or a log.
/// </summary>
public sealed class RouterSessionConfigurator(PeeringHubDbContext db, RouterClient client, RouterTargetFactory targets, IRouterPoller poller) : ISessionConfigurator
{
    public async Task<SessionConfigureResult> ConfigureAsync(int sessionId, CancellationToken ct = default)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Router).Include(s => s.PeerGroup).FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return new(sessionId, false, "load", "The session no longer exists.");
        RouterTarget target;
        SessionConfig config;
        try
        {
            target = targets.Create(session.Router!);
            config = targets.Create(session);
        }
        catch (RouterException ex)
        {
            return new(sessionId, false, "prepare", ex.Message);
        }

        var rendered = await client.RenderAsync(target, config, ct);
        if (!rendered.Succeeded) return Failed(sessionId, "render", rendered);
        var check = await client.CheckAsync(target, rendered.Value!, ct);
        if (!check.Succeeded) return Failed(sessionId, "check", check);
        var apply = await client.ApplyAsync(target, rendered.Value!, ApplyOptions.Default, ct);
        if (!apply.Succeeded) return Failed(sessionId, "apply", apply);

        var poll = await poller.PollAsync(session.RouterId, ct);
        return new(sessionId, true, "poll", poll.Reachable
            ? $"Configured on {session.Router!.Name}; the router was polled."
            : $"Configured on {session.Router!.Name}; polling it afterwards failed: {poll.Error}");
    }

    static SessionConfigureResult Failed<T>(int id, string stage, RouterResult<T> r) => new(id, false, stage, r.Message ?? r.Error.ToString());
}
