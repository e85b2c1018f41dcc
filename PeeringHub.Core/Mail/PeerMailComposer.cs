using System.Text;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Core.Mail;

/// <summary>
/// Builds a pre-filled mail from one network to a peer for a purpose: To from the peer's PeeringDB contact of the right role
/// (falling back to the contacts on the network), Cc the sender network's peering address, Bcc the user; the body lists every LAN
/// both networks are on with their addresses. Used by the peering manager and by a session's Email action.
/// </summary>
public sealed class PeerMailComposer(PeeringHubDbContext db, PeeringManagerSettingsStore store)
{
    public async Task<MailDraft?> ComposeAsync(int fromNetworkId, int peerNetworkId, MailPurpose purpose, PeeringManagerCaller caller, CancellationToken ct = default)
    {
        var networks = await db.Networks.AsNoTracking().Where(n => n.Id == fromNetworkId || n.Id == peerNetworkId).ToListAsync(ct);
        var ours = networks.FirstOrDefault(n => n.Id == fromNetworkId);
        var peer = networks.FirstOrDefault(n => n.Id == peerNetworkId);
        if (ours is null || peer is null) return null;
        var settings = await store.GetAsync(ct);

        var template = purpose switch
        {
            MailPurpose.PeeringRequest => store.ResolveTemplate(settings),
            MailPurpose.NocContact => DefaultTemplates.NocContact,
            _ => DefaultTemplates.MaintenanceNotice,
        };
        var values = new Dictionary<string, string>
        {
            ["peer.asn"] = peer.Asn.ToString(), ["peer.name"] = peer.Name,
            ["our.asn"] = ours.Asn.ToString(), ["our.name"] = ours.Name,
            ["our.asset"] = ours.IrrAsSet ?? "AS" + ours.Asn,
            ["our.maxprefix4"] = ours.MaxPrefixV4?.ToString() ?? "n/a", ["our.maxprefix6"] = ours.MaxPrefixV6?.ToString() ?? "n/a",
            ["our.policy"] = ours.PeeringPolicy ?? "n/a",
            ["our.peering"] = ours.PeeringEmail ?? ours.PolicyEmail ?? settings.OrganisationEmail ?? "n/a",
            ["our.noc"] = ours.NocEmail ?? settings.OrganisationNocEmail ?? "n/a",
            ["exchanges"] = await SharedLansAsync(ours, peer, ct),
            ["sender"] = caller.UserName,
            ["org.name"] = settings.OrganisationName ?? ours.Name, ["org.email"] = settings.OrganisationEmail ?? "",
            ["org.phone"] = settings.OrganisationPhone ?? "", ["org.web"] = settings.OrganisationWeb ?? ours.Website ?? "",
            ["org.noc"] = settings.OrganisationNocEmail ?? ours.NocEmail ?? "",
        };
        var (subject, body) = MailTemplate.Render(template, values);
        return new MailDraft
        {
            From = settings.MailFrom ?? settings.OrganisationEmail ?? ours.PeeringEmail ?? "peeringhub@localhost",
            To = string.Join(", ", await RecipientsAsync(peer, purpose, ct)),
            Cc = purpose == MailPurpose.PeeringRequest ? ours.PeeringEmail ?? ours.PolicyEmail : ours.NocEmail,
            Bcc = caller.Email,
            Subject = subject,
            Body = body,
        };
    }

    async Task<List<string>> RecipientsAsync(Network peer, MailPurpose purpose, CancellationToken ct)
    {
        string[] roles = purpose switch
        {
            MailPurpose.PeeringRequest => ["Policy", "Technical"],
            MailPurpose.NocContact => ["NOC", "Technical"],
            _ => ["Maintenance", "NOC"],
        };
        var found = new List<string>();
        if (peer.PeeringDbId is { } pdbId)
        {
            var pocs = await db.PdbPocs.AsNoTracking().Where(p => p.NetId == pdbId && p.Email != null && p.Email != "").ToListAsync(ct);
            // The first role that has any contact wins (Policy before Technical), as PeeringDB users expect.
            foreach (var role in roles)
            {
                found = pocs.Where(p => string.Equals(p.Role, role, StringComparison.OrdinalIgnoreCase)).Select(p => p.Email!).Distinct().ToList();
                if (found.Count > 0) return found;
            }
        }
        var fallback = purpose == MailPurpose.PeeringRequest ? peer.PeeringEmail ?? peer.PolicyEmail ?? peer.NocEmail : peer.NocEmail ?? peer.PeeringEmail;
        return fallback is null ? found : [fallback];
    }

    async Task<string> SharedLansAsync(Network ours, Network peer, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().Include(m => m.PeeringLan!).ThenInclude(l => l.Exchange)
            .Where(m => m.NetworkId == ours.Id || m.NetworkId == peer.Id).ToListAsync(ct);
        var sb = new StringBuilder();
        foreach (var lan in members.GroupBy(m => m.PeeringLanId).Where(g => g.Select(m => m.NetworkId).Distinct().Count() == 2))
        {
            var l = lan.First().PeeringLan!;
            sb.Append("  ").Append(l.Exchange?.Name).Append(" - ").AppendLine(l.Name);
            foreach (var m in lan.OrderBy(m => m.NetworkId == ours.Id ? 0 : 1))
                sb.Append("    AS").Append(m.NetworkId == ours.Id ? ours.Asn : peer.Asn).Append(": ")
                  .AppendLine(string.Join(", ", new[] { m.Ipv4Address, m.Ipv6Address }.Where(a => !string.IsNullOrEmpty(a))));
        }
        return sb.Length == 0 ? "  (no exchange in common)" : sb.ToString().TrimEnd();
    }
}
