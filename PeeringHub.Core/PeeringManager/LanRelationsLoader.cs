using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>Reads the facts of one LAN into <see cref="LanRelations"/>: the one place the peering manager and the matrix get them from.</summary>
public sealed class LanRelationsLoader(PeeringHubDbContext db, IDetectedPairSource detected, TimeProvider time)
{
    public async Task<LanRelations> LoadAsync(int lanId, int windowDays, CancellationToken ct = default)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.PeeringLanId == lanId)
            .Select(m => new LanMemberFact(m.NetworkId, m.Ipv4Address, m.Ipv6Address, m.IsRouteServerClient)).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var pairs = await detected.LoadAsync(lanId, now.AddDays(-windowDays), ct);
        var ours = await db.Networks.AsNoTracking().Where(n => n.IsOurs).Select(n => new { n.Id, n.Asn }).ToListAsync(ct);
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.PeeringLanId == lanId && s.State == BgpState.Established && s.PeerNetworkId != null)
            .Select(s => new { Peer = s.PeerNetworkId!.Value, RouterNetwork = s.Router!.NetworkId, Asn = s.LocalAsn ?? s.Router.LocalAsn })
            .Distinct().ToListAsync(ct);
        // The router's network, or for a router not linked to one, our network with the session's local ASN.
        var sessions = rows.Select(r => (Ours: r.RouterNetwork ?? ours.FirstOrDefault(o => o.Asn == r.Asn)?.Id, r.Peer))
            .Where(p => p.Ours is not null).Select(p => (p.Ours!.Value, p.Peer)).Distinct().ToList();
        var relations = await db.PeeringRelations.AsNoTracking().Where(r => r.PeeringLanId == lanId)
            .Select(r => new { r.ViewingNetworkId, Fact = new RelationFact(r.PeerNetworkId, r.Mark, r.Notes != null && r.Notes != "", r.LastRequestSentAt, r.RequestCount) })
            .ToListAsync(ct);
        return new LanRelations(lanId, members, pairs, sessions, relations.ToLookup(r => r.ViewingNetworkId, r => r.Fact), now, TimeSpan.FromDays(windowDays));
    }
}
