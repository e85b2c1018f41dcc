using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Sessions.Wizard;

namespace PeeringHub.App.Components.Pages.Sessions.Wizard;

/// <summary>Pre-fills the peer from <c>?peer=</c> (peer page, session page, peering manager), with its addresses on <c>?lan=</c> when it is a member there.</summary>
public static class WizardPrefill
{
    public static async Task<WizardPeerOption?> PeerAsync(PeeringHubDbContext db, int networkId, int? lanId)
    {
        var n = await db.Networks.AsNoTracking().Include(x => x.Memberships).FirstOrDefaultAsync(x => x.Id == networkId);
        if (n is null) return null;
        var m = n.Memberships.FirstOrDefault(x => x.PeeringLanId == lanId);
        return new WizardPeerOption(n.Id, n.PeeringDbId, n.Asn, n.Name, m?.Ipv4Address, m?.Ipv6Address, n.MaxPrefixV4, n.MaxPrefixV6, n.IrrAsSet);
    }
}
