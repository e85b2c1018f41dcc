using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Core.Sessions;

namespace PeeringHub.Core.Mail;

/// <summary>
/// The Email action for any purpose (peering request, NOC contact, maintenance notice) outside the peering-request bookkeeping:
/// compose for an allowed caller, send with test mode applied, and log what the SMTP server accepted on the peer and the session
/// (with an audit entry). Peering requests that should move a relation go through <see cref="PeeringRequestService"/> instead.
/// </summary>
public sealed class PeerMailService(PeerMailComposer composer, SmtpMailSender sender, PeeringManagerSettingsStore store, PeeringHubDbContext db, TimeProvider clock,
    MailRecipientPolicy recipients, MailRateLimiter rate)
{
    public async Task<MailDraft?> ComposeAsync(PeeringManagerCaller caller, PeerMailContext context, CancellationToken ct = default) =>
        caller.CanView(context.FromNetworkId) ? await composer.ComposeAsync(context.FromNetworkId, context.PeerNetworkId, context.Purpose, caller, ct) : null;

    public async Task<PeeringManagerResult> SendAsync(PeeringManagerCaller caller, PeerMailContext context, MailDraft draft, CancellationToken ct = default)
    {
        if (!caller.CanManage(context.FromNetworkId)) return PeeringManagerResult.Forbidden;
        var (subjectName, problem) = await AuditNameAsync(context, ct);
        if (problem is not null) return new PeeringManagerResult(PeeringManagerOutcome.Invalid, problem);
        if (await recipients.RefusalAsync(draft, context.FromNetworkId, context.PeerNetworkId, caller.Email, ct) is { } refused)
            return new PeeringManagerResult(PeeringManagerOutcome.Invalid, refused);
        if (!rate.TryAcquire(caller.UserName))
            return new PeeringManagerResult(PeeringManagerOutcome.Invalid, $"You sent {MailRateLimiter.PerHour} mails in the last hour; try again later.");
        var settings = await store.GetAsync(ct);
        if (settings.TestMode && string.IsNullOrWhiteSpace(settings.TestAddress))
            return new PeeringManagerResult(PeeringManagerOutcome.Invalid, "Test mode is on but no test address is set.");
        var mail = settings.TestMode ? draft.RedirectedTo(settings.TestAddress!) : draft.Copy();
        var result = await sender.SendAsync(mail, settings, ct);
        if (!result.Sent) return new PeeringManagerResult(result.InvalidDraft ? PeeringManagerOutcome.Invalid : PeeringManagerOutcome.SendFailed, result.Error);

        await LogAsync(caller, context, subjectName!, mail, settings.TestMode, ct);
        return new PeeringManagerResult(PeeringManagerOutcome.Ok, settings.TestMode ? $"Sent to the test address {settings.TestAddress}." : "Mail sent.");
    }

    /// <summary>The name the audit shows for the session or peer written about, or why the mail cannot be logged on them.</summary>
    async Task<(string? Name, string? Problem)> AuditNameAsync(PeerMailContext context, CancellationToken ct)
    {
        if (context.SessionId is { } sessionId)
        {
            var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.PeerNetworkId == context.PeerNetworkId, ct);
            return session is null ? (null, "The session no longer exists or is not with this peer.") : (SessionActionService.Label(session), null);
        }
        var peer = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == context.PeerNetworkId, ct);
        return peer is null ? (null, "The peer network no longer exists.") : ($"AS{peer.Asn} {peer.Name}", null);
    }

    async Task LogAsync(PeeringManagerCaller caller, PeerMailContext context, string subjectName, MailDraft mail, bool testMode, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.SentMails.Add(new SentMail
        {
            SentAt = now, SentBy = caller.UserName, Purpose = context.Purpose,
            FromNetworkId = context.FromNetworkId, PeerNetworkId = context.PeerNetworkId, SessionId = context.SessionId,
            To = mail.To, Cc = mail.Cc, Subject = mail.Subject, Body = mail.Body, TestMode = testMode,
        });
        db.AuditEntries.Add(new AuditEntry
        {
            At = now, User = caller.UserName, Action = "Email",
            ObjectType = context.SessionId is null ? nameof(Network) : nameof(BgpSession),
            ObjectId = (context.SessionId ?? context.PeerNetworkId).ToString(),
            ObjectName = subjectName,
            After = JsonSerializer.Serialize(new { Purpose = context.Purpose.ToString(), mail.To, mail.Cc, mail.Subject, TestMode = testMode }),
        });
        await db.SaveChangesAsync(ct);
    }
}
