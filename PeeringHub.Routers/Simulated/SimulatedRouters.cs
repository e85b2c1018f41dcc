using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Simulated;

/// <summary>
/// The simulated routers of this process, one per router id. A router starts, on first contact, with the sessions PeeringHub
/// has for it, each rendered by its platform's renderer (so it runs what Configure would write), and a peer on the far side
/// that agrees with them. Its memory is not kept: after a restart it starts again from the stored sessions.
/// Peer groups are read from the database on every check, as if the operator had defined each group on the router.
/// </summary>
public sealed class SimulatedRouters(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SimulatedRouters> log)
{
    readonly ConcurrentDictionary<int, Lazy<Task<SimulatedRouter>>> routers = new();

    internal async Task<SimulatedRouter> GetAsync(RouterTarget target, ISimulatedDialect dialect, CancellationToken ct)
    {
        var lazy = routers.GetOrAdd(target.Id, _ => new(() => StartAsync(target, dialect)));
        // a start that failed (e.g. the database was busy) is tried again by the next call
        if (lazy.IsValueCreated && lazy.Value.IsFaulted && routers.TryRemove(KeyValuePair.Create(target.Id, lazy)))
            lazy = routers.GetOrAdd(target.Id, _ => new(() => StartAsync(target, dialect)));
        return await lazy.Value.WaitAsync(ct);
    }

    internal async Task<SimulatedDefinitions> DefinitionsAsync(int routerId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        return new SimulatedDefinitions((await db.PeerGroups.AsNoTracking().Where(g => g.RouterId == routerId).Select(g => g.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The far side at a neighbor address new to the router: the exchange member at that address, if there is one.</summary>
    internal async Task<SimulatedPeer?> PeerAtAsync(RouterTarget target, string ip, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var asn = await db.Members.AsNoTracking().Where(m => m.Ipv4Address == ip || m.Ipv6Address == ip).Select(m => (long?)m.Network!.Asn).FirstOrDefaultAsync(ct);
        return asn is { } a ? new SimulatedPeer(a, target.LocalAsn, null, SimulatedPeer.AnswersAt(ip), SimulatedPeer.PrefixesAt(ip), Flaky: false) : null;
    }

    async Task<SimulatedRouter> StartAsync(RouterTarget target, ISimulatedDialect dialect)
    {
        var defined = await DefinitionsAsync(target.Id, CancellationToken.None);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var configs = scope.ServiceProvider.GetRequiredService<RouterTargetFactory>();
        var stored = await db.Sessions.AsNoTracking().Include(s => s.PeerGroup).Where(s => s.RouterId == target.Id).OrderBy(s => s.Id).ToListAsync();
        var router = new SimulatedRouter(dialect, clock, target.LocalAsn, seed: target.Id);
        foreach (var s in stored)
        {
            try
            {
                var config = configs.Create(s);
                var rendered = dialect.Render(config);
                var peer = new SimulatedPeer(s.PeerAsn, s.LocalAsn ?? target.LocalAsn, config.Md5Password,
                    Answers: s.Type is SessionType.RouteServer or SessionType.LocalPeer || SimulatedPeer.AnswersAt(config.NeighborIp),
                    SimulatedPeer.PrefixesAt(config.NeighborIp), Flaky: s.Type == SessionType.Private);
                router.Add(rendered, dialect.Check(rendered, defined), peer, s.StateSince ?? clock.GetUtcNow().UtcDateTime);
            }
            catch (RouterException e)
            {
                // Stored before today's rules (e.g. a peer-group name with '-'): the router starts without it and the board says so.
                log.LogWarning("Simulated router {Router} starts without session {Session}: {Reason}", target.Name, s.Id, e.Message);
            }
        }
        log.LogInformation("Simulated router {Router} ({Platform}) started with {Count} sessions", target.Name, target.Platform, router.Running().Count);
        return router;
    }
}
