using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using static PeeringHub.Core.Reference.PeeringDb.KeepFieldSetter;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// Links our Networks/Exchanges to their PeeringDB mirror rows, creates them from PeeringDB and refreshes the derived
/// fields. Writes go through the DbContext, so every change is audited like a user's edit.
/// </summary>
public sealed class PeeringDbLinkService(PeeringHubDbContext db, Inventory.ImportedEntityValidator validator)
{
    /// <summary>Creates (or links the existing) Network for an ASN from its PeeringDB net record.</summary>
    public async Task<Network> CreateNetworkAsync(long asn, CancellationToken ct = default)
    {
        var net = await db.PdbNets.AsNoTracking().FirstOrDefaultAsync(n => n.Asn == asn, ct)
                  ?? throw new KeyNotFoundException($"AS{asn} is not in the local PeeringDB mirror; sync first");
        var network = await db.Networks.FirstOrDefaultAsync(n => n.Asn == asn, ct);
        if (network is null) db.Networks.Add(network = new Network { Asn = asn });
        network.PeeringDbId = net.Id;
        var pocs = await db.PdbPocs.AsNoTracking().Where(p => p.NetId == net.Id).ToListAsync(ct);
        ApplyNet(network, net, pocs);
        await SaveValidatedAsync(ct);
        return network;
    }

    /// <summary>Creates (or links the existing) Exchange with one PeeringLan per PeeringDB ixlan.</summary>
    public async Task<Exchange> CreateExchangeAsync(int ixId, CancellationToken ct = default)
    {
        var ix = await db.PdbIxs.AsNoTracking().FirstOrDefaultAsync(i => i.Id == ixId, ct)
                 ?? throw new KeyNotFoundException($"PeeringDB ix {ixId} is not in the local mirror; sync first");
        var exchange = await db.Exchanges.Include(e => e.Lans).FirstOrDefaultAsync(e => e.PeeringDbId == ixId, ct);
        if (exchange is null) db.Exchanges.Add(exchange = new Exchange { PeeringDbId = ixId });
        ApplyIx(exchange, ix);
        await SyncLansAsync(exchange, ct);
        await SaveValidatedAsync(ct);
        return exchange;
    }

    /// <summary>Refreshes every linked Network, Exchange and member (run after each successful sync).</summary>
    public async Task<PeeringDbLinkResult> RefreshAllAsync(CancellationToken ct = default)
    {
        int nets = 0, exchanges = 0;
        var networks = await db.Networks.Where(n => n.PeeringDbId != null).ToListAsync(ct);
        var netIds = networks.Select(n => n.PeeringDbId!.Value).ToList();
        var pdbNets = await db.PdbNets.AsNoTracking().Where(n => netIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
        var pocs = (await db.PdbPocs.AsNoTracking().Where(p => netIds.Contains(p.NetId)).ToListAsync(ct)).ToLookup(p => p.NetId);
        foreach (var network in networks)
            if (pdbNets.TryGetValue(network.PeeringDbId!.Value, out var net) && ApplyNet(network, net, pocs[net.Id].ToList()))
                nets++;

        var linkedExchanges = await db.Exchanges.Include(e => e.Lans).Where(e => e.PeeringDbId != null).ToListAsync(ct);
        foreach (var exchange in linkedExchanges)
        {
            var ix = await db.PdbIxs.AsNoTracking().FirstOrDefaultAsync(i => i.Id == exchange.PeeringDbId, ct);
            if (ix is not null && ApplyIx(exchange, ix) | await SyncLansAsync(exchange, ct)) exchanges++;
        }
        // PeeringDB text is outside input like any other: the API's validators judge it; an invalid refresh saves nothing.
        var invalid = await validator.SaveAsync(ct);
        if (invalid.Count > 0) return new PeeringDbLinkResult(0, 0, 0, 0, invalid);

        var members = new PeeringDbMemberRefresher(db);
        var (added, updated, conflicts) = await members.RefreshAsync(networks, ct);
        invalid = await validator.SaveAsync(ct);
        if (invalid.Count > 0) return new PeeringDbLinkResult(nets, exchanges, 0, 0, [.. conflicts, .. invalid]);
        return new PeeringDbLinkResult(nets, exchanges, added, updated, conflicts);
    }

    async Task SaveValidatedAsync(CancellationToken ct)
    {
        var invalid = await validator.SaveAsync(ct);
        if (invalid.Count > 0) throw new Inventory.ImportRejectedException(invalid);
    }

    private static bool ApplyNet(Network n, PdbNet net, IReadOnlyList<PdbPoc> pocs)
    {
        // PeeringDB's "Policy" role is the peering contact; Technical is the fallback many networks use instead.
        string? Email(params string[] roles) =>
            roles.Select(r => pocs.FirstOrDefault(p => p.Role == r && p.Email is not null)?.Email).FirstOrDefault(e => e is not null);
        var k = n.KeepFields;
        var changed = Set(n, k, nameof(n.Name), net.Name, x => x.Name, (x, v) => x.Name = v);
        changed |= Set(n, k, nameof(n.IrrAsSet), net.IrrAsSet, x => x.IrrAsSet, (x, v) => x.IrrAsSet = v);
        changed |= Set(n, k, nameof(n.MaxPrefixV4), net.InfoPrefixes4, x => x.MaxPrefixV4, (x, v) => x.MaxPrefixV4 = v);
        changed |= Set(n, k, nameof(n.MaxPrefixV6), net.InfoPrefixes6, x => x.MaxPrefixV6, (x, v) => x.MaxPrefixV6 = v);
        changed |= Set(n, k, nameof(n.PeeringPolicy), net.PolicyGeneral, x => x.PeeringPolicy, (x, v) => x.PeeringPolicy = v);
        changed |= Set(n, k, nameof(n.Website), net.Website, x => x.Website, (x, v) => x.Website = v);
        changed |= Set(n, k, nameof(n.NocEmail), Email("NOC"), x => x.NocEmail, (x, v) => x.NocEmail = v);
        changed |= Set(n, k, nameof(n.PeeringEmail), Email("Policy", "Technical"), x => x.PeeringEmail, (x, v) => x.PeeringEmail = v);
        changed |= Set(n, k, nameof(n.PolicyEmail), Email("Policy"), x => x.PolicyEmail, (x, v) => x.PolicyEmail = v);
        return changed;
    }

    private static bool ApplyIx(Exchange e, PdbIx ix)
    {
        var k = e.KeepFields;
        var changed = Set(e, k, nameof(e.Name), ix.Name, x => x.Name, (x, v) => x.Name = v);
        changed |= Set(e, k, nameof(e.City), ix.City, x => x.City, (x, v) => x.City = v);
        changed |= Set(e, k, nameof(e.Country), ix.Country, x => x.Country, (x, v) => x.Country = v);
        changed |= Set(e, k, nameof(e.Website), ix.Website, x => x.Website, (x, v) => x.Website = v);
        return changed;
    }

    /// <summary>Adds a PeeringLan per new ixlan and keeps prefixes current (first prefix of each family).</summary>
    private async Task<bool> SyncLansAsync(Exchange exchange, CancellationToken ct)
    {
        var changed = false;
        var ixlans = await db.PdbIxLans.AsNoTracking().Where(l => l.IxId == exchange.PeeringDbId).OrderBy(l => l.Id).ToListAsync(ct);
        foreach (var ixlan in ixlans)
        {
            var pfx = await db.PdbIxPfxs.AsNoTracking().Where(p => p.IxLanId == ixlan.Id).OrderBy(p => p.Id).ToListAsync(ct);
            var lan = exchange.Lans.FirstOrDefault(l => l.PeeringDbIxLanId == ixlan.Id);
            if (lan is null)
            {
                var name = ixlan.Name ?? (ixlans.Count == 1 ? "Peering LAN" : $"Peering LAN {ixlan.Id}");
                exchange.Lans.Add(lan = new PeeringLan { Name = name, PeeringDbIxLanId = ixlan.Id });
                changed = true;
            }
            string? v4 = pfx.FirstOrDefault(p => p.Protocol == "IPv4")?.Prefix, v6 = pfx.FirstOrDefault(p => p.Protocol == "IPv6")?.Prefix;
            if (lan.Ipv4Prefix != v4) { lan.Ipv4Prefix = v4; changed = true; }
            if (lan.Ipv6Prefix != v6) { lan.Ipv6Prefix = v6; changed = true; }
        }
        return changed;
    }
}
