using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Adoption;

/// <summary>
/// Import of sessions a router already has (the router page's "Import selected" and <c>POST /api/routers/{id}/import</c>):
/// reads the router now, lists what PeeringHub does not manage in a stable order (by the router's name), takes the chosen ones
/// over on the router in one driver call (BIRD moves each protocol unchanged into the include folder; FRR manages neighbors
/// where they are), reads their configuration (password, description, shutdown, peer group) and stores them as sessions.
/// One outcome per requested name, in the order of the list.
/// </summary>
public sealed class SessionImportService(PeeringHubDbContext db, RouterConnectionService connections, RouterClient client,
    RouterTargetFactory targets, UnmanagedSessionImporter importer)
{
    /// <summary>Where the last import spent its time (router read, take-over, config read, storing), for the operator's report.</summary>
    public List<string> Timings { get; } = [];

    /// <summary>The router's sessions PeeringHub does not manage, read now, ordered by the router's name (ordinal).</summary>
    public async Task<RouterResult<IReadOnlyList<RouterSession>>> ListUnmanagedAsync(int routerId, CancellationToken ct = default)
    {
        var router = await db.Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == routerId, ct)
                     ?? throw new KeyNotFoundException($"Router {routerId} does not exist.");
        var read = await connections.ReadSessionsAsync(router, ct);
        if (!read.Reachable) return RouterResult<IReadOnlyList<RouterSession>>.Fail(read.Error, read.Reason ?? "The router could not be read.");
        var ours = (await db.Sessions.AsNoTracking().Where(s => s.RouterId == routerId).Select(s => s.PeerIp).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return RouterResult<IReadOnlyList<RouterSession>>.Ok(read.Sessions.Where(s => !ours.Contains(s.NeighborIp.ToString()))
            .OrderBy(s => s.Name, StringComparer.Ordinal).ToList());
    }

    /// <param name="names">Router names to import; null imports every unmanaged session.</param>
    public async Task<RouterResult<IReadOnlyList<SessionImportOutcome>>> ImportAsync(int routerId, IReadOnlyList<string>? names, CancellationToken ct = default)
    {
        var router = await db.Routers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == routerId, ct)
                     ?? throw new KeyNotFoundException($"Router {routerId} does not exist.");
        var listed = await ListUnmanagedAsync(routerId, ct);
        if (!listed.Succeeded) return RouterResult<IReadOnlyList<SessionImportOutcome>>.Fail(listed.Error, listed.Message ?? "");
        var unmanaged = listed.Value!.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var wanted = (names ?? listed.Value!.Select(s => s.Name).ToList()).Distinct(StringComparer.Ordinal).ToList();
        var outcomes = new Dictionary<string, SessionImportOutcome>(StringComparer.Ordinal);
        foreach (var n in wanted.Where(n => !unmanaged.ContainsKey(n)))
            outcomes[n] = new(n, null, null, false, null, null, null, $"{n}: not an unmanaged session on {router.Name} (already imported, or not on the router)");
        var chosen = wanted.Where(unmanaged.ContainsKey).ToList();
        if (chosen.Count > 0) await ImportChosenAsync(router, chosen.Select(n => unmanaged[n]).ToList(), outcomes, ct);
        return RouterResult<IReadOnlyList<SessionImportOutcome>>.Ok(wanted.Select(n => outcomes[n]).ToList());
    }

    async Task ImportChosenAsync(Router router, List<RouterSession> chosen, Dictionary<string, SessionImportOutcome> outcomes, CancellationToken ct)
    {
        RouterTarget target;
        try
        {
            target = targets.Create(router);
        }
        catch (RouterException ex)
        {
            foreach (var s in chosen) outcomes[s.Name] = Failed(s, ex.Message);
            return;
        }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var adopted = await client.AdoptAsync(target, chosen.Select(s => s.Name).ToList(), ct);
        Timings.Add($"take over {chosen.Count} on the router: {sw.ElapsedMilliseconds} ms");
        if (!adopted.Succeeded)
        {
            foreach (var s in chosen) outcomes[s.Name] = Failed(s, adopted.Message ?? adopted.Error.ToString());
            return;
        }
        var byName = adopted.Value!.ToDictionary(r => r.Session, StringComparer.Ordinal);
        sw.Restart();
        var running = await client.ReadRunningConfigAsync(target, ct);
        Timings.Add($"read their configuration: {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        var texts = running.Succeeded ? running.Value!.ToDictionary(c => c.Session, c => c.Text, StringComparer.Ordinal) : [];
        foreach (var s in chosen)
        {
            if (!byName.TryGetValue(s.Name, out var a) || !a.Succeeded) { outcomes[s.Name] = Failed(s, a?.Message ?? "no reply from the router"); continue; }
            var text = texts.GetValueOrDefault(s.Name);
            if (text is null) { outcomes[s.Name] = Failed(s, $"taken over on the router, but its configuration could not be read ({running.Message ?? "not found"}); import it again"); continue; }
            var config = RouterPlatform.Syntax(router.Platform) == RouterPlatform.Frr ? AdoptedConfig.FromFrr(s.Name, text) : AdoptedConfig.FromBird(text);
            var observed = new ObservedSession(s.NeighborIp.ToString(), s.NeighborAsn, s.State, s.Since, null, null, s.LastError, s.AdminDisabled, s.Name, s.Description);
            var created = await importer.ImportAsync(router.Id, observed, new SessionImportDetails(config.Md5Password, config.Description, config.AdminDown, config.PeerGroup), ct);
            outcomes[s.Name] = created.Succeeded
                ? new(s.Name, observed.PeerIp, s.NeighborAsn, true, created.Entity!.Id, created.Entity.PeerNetworkId, created.Entity.PeeringLanId, a.Message ?? "imported")
                : Failed(s, $"taken over on the router, but not stored: {created.Message} {string.Join(" ", created.Errors.SelectMany(e => e.Value))}".Trim());
        }
        Timings.Add($"store {chosen.Count} sessions: {sw.ElapsedMilliseconds} ms");
    }

    static SessionImportOutcome Failed(RouterSession s, string message) =>
        new(s.Name, s.NeighborIp.ToString(), s.NeighborAsn, false, null, null, null, message);
}
