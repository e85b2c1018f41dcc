using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Mail;

namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// Peering requests: compose, warn on a repeat within the period, send through SMTP (or only mark), then record the note line,
/// last-sent date, count and a <see cref="PeeringRequest"/> — only after the server accepted the mail. Test mode redirects every
/// mail to the test address and records note/date only when its switches are on.
/// </summary>
public sealed class PeeringRequestService(
    PeeringManagerService manager, PeerMailComposer composer, SmtpMailSender sender,
    PeeringManagerSettingsStore store, TimeProvider time, MailRecipientPolicy recipients, MailRateLimiter rate)
{
    public async Task<PeeringRequestPreview> PreviewAsync(PeeringManagerCaller caller, int networkId, int lanId, int peerNetworkId, CancellationToken ct = default)
    {
        var settings = await store.GetAsync(ct);
        var (check, relation) = await manager.RelationAsync(caller, networkId, lanId, peerNetworkId, ct, manage: false);
        if (relation is null) return new PeeringRequestPreview(check, null, null, 0, false, settings.RepeatWarningDays, settings.TestMode, settings.TestAddress);
        var draft = await composer.ComposeAsync(networkId, peerNetworkId, MailPurpose.PeeringRequest, caller, ct);
        return new PeeringRequestPreview(PeeringManagerResult.Ok, draft, relation.LastRequestSentAt, relation.RequestCount,
            SentRecently(relation, settings), settings.RepeatWarningDays, settings.TestMode, settings.TestAddress);
    }

    public async Task<PeeringManagerResult> SendAsync(PeeringManagerCaller caller, PeeringRequestCommand command, CancellationToken ct = default)
    {
        var settings = await store.GetAsync(ct);
        var (check, relation) = await manager.RelationAsync(caller, command.NetworkId, command.LanId, command.PeerNetworkId, ct);
        if (relation is null) return check;
        var draft = command.Draft?.Copy() ?? await composer.ComposeAsync(command.NetworkId, command.PeerNetworkId, MailPurpose.PeeringRequest, caller, ct);
        if (draft is null) return PeeringManagerResult.NotFound;

        if (!command.MarkOnly && await recipients.RefusalAsync(draft, command.NetworkId, command.PeerNetworkId, caller.Email, ct) is { } refused)
            return new PeeringManagerResult(PeeringManagerOutcome.Invalid, refused);
        if (!command.MarkOnly && !rate.TryAcquire(caller.UserName))
            return new PeeringManagerResult(PeeringManagerOutcome.Invalid, $"You sent {MailRateLimiter.PerHour} mails in the last hour; try again later.");
        if (command.CopyToMeOnly)
        {
            if (string.IsNullOrWhiteSpace(caller.Email)) return new PeeringManagerResult(PeeringManagerOutcome.Invalid, "Your account has no e-mail address for a copy.");
            var copy = draft.Copy();
            (copy.To, copy.Cc, copy.Bcc, copy.Subject) = (caller.Email, null, null, "[Sample] " + draft.Subject);
            var sample = await sender.SendAsync(copy, settings, ct);
            return sample.Sent ? new PeeringManagerResult(PeeringManagerOutcome.Ok, $"A sample went to {caller.Email}; nothing was recorded.")
                : new PeeringManagerResult(sample.InvalidDraft ? PeeringManagerOutcome.Invalid : PeeringManagerOutcome.SendFailed, sample.Error);
        }
        if (!command.ConfirmRepeat && SentRecently(relation, settings))
            return new PeeringManagerResult(PeeringManagerOutcome.NeedsConfirmation,
                $"A request was already sent on {relation.LastRequestSentAt:yyyy-MM-dd} (within {settings.RepeatWarningDays} days). Send again?");
        if (!command.MarkOnly && !settings.TestMode && !MailDraft.Split(draft.To).Any())
            return new PeeringManagerResult(PeeringManagerOutcome.Invalid, "The peer has no peering contact; enter a To address.");

        var original = draft.Copy();
        if (!command.MarkOnly)
        {
            if (settings.TestMode)
            {
                if (string.IsNullOrWhiteSpace(settings.TestAddress)) return new PeeringManagerResult(PeeringManagerOutcome.Invalid, "Test mode is on but no test address is set.");
                draft = original.RedirectedTo(settings.TestAddress);
            }
            var result = await sender.SendAsync(draft, settings, ct);
            if (!result.Sent) return new PeeringManagerResult(result.InvalidDraft ? PeeringManagerOutcome.Invalid : PeeringManagerOutcome.SendFailed, result.Error);
        }

        Record(relation, caller, original, command.MarkOnly, settings);
        var saved = await manager.SaveAsync(relation, caller, ct);
        if (!saved.Succeeded) return saved;
        var what = command.MarkOnly ? "Marked as sent (nothing was mailed)." : settings.TestMode ? $"Sent to the test address {settings.TestAddress}." : "Peering request sent.";
        return new PeeringManagerResult(PeeringManagerOutcome.Ok, what);
    }

    void Record(PeeringRelation relation, PeeringManagerCaller caller, MailDraft mail, bool markOnly, PeeringManagerSettings settings)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!settings.TestMode || settings.TestNote)
        {
            var line = $"### {now:yyyy-MM-dd HH:mm} - {caller.UserName} Peering request sent" + (markOnly ? " (marked, not mailed)" : "");
            relation.Notes = string.IsNullOrEmpty(relation.Notes) ? line : line + "\n\n" + relation.Notes;
        }
        if (!settings.TestMode || settings.TestDate)
        {
            relation.LastRequestSentAt = now;
            relation.RequestCount++;
        }
        // The history row is kept in test mode too (flagged), so an admin can see what a test sent.
        relation.Requests.Add(new PeeringRequest
        {
            SentAt = now, SentBy = caller.UserName, To = mail.To, Cc = mail.Cc, Subject = mail.Subject, MarkedOnly = markOnly,
            TestMode = settings.TestMode && !markOnly,
        });
    }

    bool SentRecently(PeeringRelation relation, PeeringManagerSettings settings) =>
        relation.LastRequestSentAt is { } last && last > time.GetUtcNow().UtcDateTime.AddDays(-settings.RepeatWarningDays);
}
