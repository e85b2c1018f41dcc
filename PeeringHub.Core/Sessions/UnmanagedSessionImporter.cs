using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;

namespace PeeringHub.Core.Sessions;

/// <summary>
/// Brings a session found on a router into PeeringHub: an exchange session when the address is on exactly one of our LANs,
/// otherwise a private one; the peer network is the one network with that ASN (none when there are several). With
/// <see cref="SessionImportDetails"/> from the router's configuration, the password (encrypted), description, admin state and
/// peer group come along. Goes through the normal validation and audit.
/// </summary>
public sealed class UnmanagedSessionImporter(PeeringHubDbContext db, EntityEditor<BgpSession, SessionInput> editor)
{
    public async Task<EditResult<BgpSession>> ImportAsync(int routerId, ObservedSession observed, CancellationToken ct = default) =>
        await ImportAsync(routerId, observed, null, ct);

    public async Task<EditResult<BgpSession>> ImportAsync(int routerId, ObservedSession observed, SessionImportDetails? details, CancellationToken ct = default)
    {
        var lans = await db.PeeringLans.AsNoTracking().ToListAsync(ct);
        var containing = IpPrefix.TryParseAddress(observed.PeerIp, out var address)
            ? lans.Where(l => (IpPrefix.FamilyOf(address) == 4 ? l.Ipv4Prefix : l.Ipv6Prefix) is { } p && IpPrefix.Contains(p, address)).ToList()
            : [];
        var lan = containing.Count == 1 ? containing[0] : null;
        var asn = observed.PeerAsn ?? 0;
        var networks = await db.Networks.AsNoTracking().Where(n => n.Asn == asn).Select(n => n.Id).Take(2).ToListAsync(ct);
        var onExchange = lan is not null && !Asn.IsPrivate(asn) && !Asn.IsReserved(asn);
        var result = await editor.CreateAsync(new SessionInput
        {
            Type = onExchange ? SessionType.Exchange : SessionType.Private, RouterId = routerId, PeeringLanId = onExchange ? lan!.Id : null,
            PeerNetworkId = networks.Count == 1 ? networks[0] : null, PeerAsn = asn, PeerIp = observed.PeerIp,
            Description = details?.Description ?? observed.Description, Md5Password = details?.Md5Password,
            // A router's group whose name fails the peer-group rule is not created (it could not be rendered); the session keeps its own lines.
            PeerGroupId = details?.PeerGroup is { Length: > 0 } g && ConfigIdentifier.IsValid(g) ? await PeerGroupAsync(routerId, g, ct) : null,
            DesiredAdminState = (details?.AdminDown ?? observed.AdminDisabled) ? AdminState.Down : AdminState.Up,
            Notes = observed.RouterName is { } n ? $"Imported from the router ({n})." : "Imported from the router.",
        }, ct);
        if (result.Succeeded && observed.RouterName is { } name)
            await db.Sessions.Where(s => s.Id == result.Entity!.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.RouterSessionName, name), ct);
        return result;
    }

    /// <summary>The router's peer group of that name; created (and audited) when the router has one we do not know yet.</summary>
    async Task<int> PeerGroupAsync(int routerId, string name, CancellationToken ct)
    {
        var id = await db.PeerGroups.Where(g => g.RouterId == routerId && g.Name == name).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);
        if (id is { } found) return found;
        var group = new PeerGroup { RouterId = routerId, Name = name, Description = "Found on the router at import." };
        db.PeerGroups.Add(group);
        await db.SaveChangesAsync(ct);
        return group.Id;
    }
}
