using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Mail;

/// <summary>
/// Who a mail sent with our From may reach (security finding 4: a caller's own To/Cc/Bcc made our SMTP an open relay).
/// To: only the peer's contacts (its PeeringDB points of contact and the contact fields on the network); Cc and Bcc: only the
/// sending network's own contact addresses and the caller's address; at most <see cref="MaxRecipients"/> in all. Subject and
/// addresses may not carry line breaks (they would become headers). The body stays the caller's to edit.
/// </summary>
public sealed class MailRecipientPolicy(PeeringHubDbContext db)
{
    public const int MaxRecipients = 10;

    /// <summary>Why <paramref name="draft"/> may not be sent, or null when it may.</summary>
    public async Task<string?> RefusalAsync(MailDraft draft, int fromNetworkId, int peerNetworkId, string? callerEmail, CancellationToken ct = default)
    {
        if (HasLineBreak(draft.Subject) || HasLineBreak(draft.To) || HasLineBreak(draft.Cc) || HasLineBreak(draft.Bcc))
            return "Subject and addresses may not contain line breaks or control characters.";
        var to = MailDraft.Split(draft.To).ToList();
        var copies = MailDraft.Split(draft.Cc).Concat(MailDraft.Split(draft.Bcc)).ToList();
        if (to.Count + copies.Count > MaxRecipients) return $"A mail may have at most {MaxRecipients} recipients.";

        var networks = await db.Networks.AsNoTracking().Where(n => n.Id == fromNetworkId || n.Id == peerNetworkId).ToListAsync(ct);
        var peer = networks.FirstOrDefault(n => n.Id == peerNetworkId);
        var ours = networks.FirstOrDefault(n => n.Id == fromNetworkId);
        if (peer is null || ours is null) return "The network or the peer no longer exists.";

        var peerContacts = Set(peer.PeeringEmail, peer.PolicyEmail, peer.NocEmail);
        if (peer.PeeringDbId is { } pdbId)
            peerContacts.UnionWith(await db.PdbPocs.AsNoTracking().Where(p => p.NetId == pdbId && p.Email != null).Select(p => p.Email!).ToListAsync(ct));
        var ownContacts = Set(ours.PeeringEmail, ours.PolicyEmail, ours.NocEmail, callerEmail);

        if (to.FirstOrDefault(a => !peerContacts.Contains(a)) is { } stranger)
            return $"'{stranger}' is not a contact of AS{peer.Asn}; To may only name the peer's contacts ({(peerContacts.Count == 0 ? "none known" : string.Join(", ", peerContacts.Order()))}).";
        if (copies.FirstOrDefault(a => !ownContacts.Contains(a)) is { } outsider)
            return $"'{outsider}' is not an address of AS{ours.Asn} or yours; Cc and Bcc may only name those.";
        return null;
    }

    static bool HasLineBreak(string? s) => s is not null && s.Any(char.IsControl);

    static HashSet<string> Set(params string?[] addresses) =>
        new(addresses.SelectMany(MailDraft.Split), StringComparer.OrdinalIgnoreCase);
}
