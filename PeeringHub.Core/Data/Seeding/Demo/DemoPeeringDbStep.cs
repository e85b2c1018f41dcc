using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Core.Data.Seeding.Demo;

/// <summary>
/// Loads the demo's PeeringDB snapshot through the real file import, then links the demo's networks (by ASN), exchanges (by
/// name) and LANs (the exchange's ixlan) to it and refreshes them as a sync would. The snapshot carries the seed's own values,
/// so the refresh leaves names, addresses and policies as seeded; what the demo gains is the link: the wizard's PeeringDB lookup
/// and the PeeringDB contacts of the Email action work without network access.
/// </summary>
public sealed class DemoPeeringDbStep(PeeringHubDbContext db, PeeringDbSyncService sync, PeeringDbLinkService links, ILogger<DemoPeeringDbStep> log)
    : IDemoDataStep
{
    public int Order => 10;

    public async Task RunAsync(CancellationToken ct)
    {
        var imported = await sync.ImportFilesAsync(DemoSnapshot.PeeringDbFiles(), replace: true, ct);
        if (!imported.Success)
        {
            // The demo still works without it (the local lookup does); say why the PeeringDB parts are empty.
            log.LogError("Demo PeeringDB snapshot was not imported: {Errors}", string.Join("; ", imported.Errors));
            return;
        }
        await LinkAsync(ct);
        var refreshed = await links.RefreshAllAsync(ct);
        if (refreshed.Conflicts.Count > 0)
            log.LogWarning("Demo PeeringDB link refresh reported: {Errors}", string.Join("; ", refreshed.Conflicts));
        log.LogInformation("Demo PeeringDB snapshot imported: {Objects} objects", imported.Endpoints.Sum(e => e.Upserted));
    }

    async Task LinkAsync(CancellationToken ct)
    {
        var nets = await db.PdbNets.AsNoTracking().ToDictionaryAsync(n => n.Asn, n => n.Id, ct);
        foreach (var network in await db.Networks.Where(n => n.PeeringDbId == null).ToListAsync(ct))
            if (nets.TryGetValue(network.Asn, out var id)) network.PeeringDbId = id;

        var ixs = await db.PdbIxs.AsNoTracking().ToListAsync(ct);
        foreach (var exchange in await db.Exchanges.Include(e => e.Lans).Where(e => e.PeeringDbId == null).ToListAsync(ct))
        {
            if (ixs.FirstOrDefault(i => i.Name == exchange.Name) is not { } ix) continue;
            exchange.PeeringDbId = ix.Id;
            var ixlans = await db.PdbIxLans.AsNoTracking().Where(l => l.IxId == ix.Id).OrderBy(l => l.Id).ToListAsync(ct);
            // The snapshot gives each demo exchange one LAN, as the seed does.
            if (ixlans.Count == 1 && exchange.Lans.Count == 1) exchange.Lans.First().PeeringDbIxLanId = ixlans[0].Id;
        }
        await db.SaveChangesAsync(ct);
    }
}
