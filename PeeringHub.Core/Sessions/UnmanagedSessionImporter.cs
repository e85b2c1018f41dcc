using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;

namespace PeeringHub.Core.Sessions;

/// <summary>
/// Brings a session found on a router into PeeringHub: an exchange session when the address is on one of our LANs,
/// otherwise a private one; the peer network is matched by ASN. Goes through the normal validation and audit.
/// </summary>
public sealed class UnmanagedSessionImporter(PeeringHubDbContext db, EntityEditor<BgpSession, SessionInput> editor)
{
    public async Task<EditResult<BgpSession>> ImportAsync(int routerId, ObservedSession observed, CancellationToken ct = default)
    {
        var lans = await db.PeeringLans.AsNoTracking().ToListAsync(ct);
        var lan = IpPrefix.TryParseAddress(observed.PeerIp, out var address)
            ? lans.FirstOrDefault(l => (IpPrefix.FamilyOf(address) == 4 ? l.Ipv4Prefix : l.Ipv6Prefix) is { } p && IpPrefix.Contains(p, address))
            : null;
        var asn = observed.PeerAsn ?? 0;
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Asn == asn, ct);
        var onExchange = lan is not null && !Asn.IsPrivate(asn) && !Asn.IsReserved(asn);
        var result = await editor.CreateAsync(new SessionInput
        {
            Type = onExchange ? SessionType.Exchange : SessionType.Private, RouterId = routerId, PeeringLanId = onExchange ? lan!.Id : null,
            PeerNetworkId = network?.Id, PeerAsn = asn, PeerIp = observed.PeerIp, Description = observed.Description,
            DesiredAdminState = observed.AdminDisabled ? AdminState.Down : AdminState.Up,
        }, ct);
        if (result.Succeeded && observed.RouterName is { } name)
            await db.Sessions.Where(s => s.Id == result.Entity!.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.RouterSessionName, name), ct);
        return result;
    }
}
