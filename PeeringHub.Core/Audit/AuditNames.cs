using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Audit;

/// <summary>The human name an audit entry shows for an object.</summary>
public static class AuditNames
{
    public static string? Of(object entity) => entity switch
    {
        Network n => $"AS{n.Asn} {n.Name}",
        Exchange x => x.Name,
        PeeringLan l => l.Name,
        Member m => $"member {m.Ipv4Address ?? m.Ipv6Address}",
        Router r => r.Name,
        PeerGroup g => g.Name,
        BgpSession s => $"AS{s.PeerAsn} {s.PeerIp}",
        AsSet a => a.Name,
        PeeringRelation => "peering relation",
        _ => null,
    };
}
