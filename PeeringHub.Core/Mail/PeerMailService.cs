using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Core.Mail;

/// <summary>
/// The Email action for any purpose (peering request, NOC contact, maintenance notice) outside the peering-request bookkeeping:
/// compose for an allowed caller, then send with test mode applied. Peering requests that should be recorded go through
/// <see cref="PeeringRequestService"/> instead.
/// </summary>
public sealed class PeerMailService(PeerMailComposer composer, SmtpMailSender sender, PeeringManagerSettingsStore store)
{
    public async Task<MailDraft?> ComposeAsync(PeeringManagerCaller caller, int fromNetworkId, int peerNetworkId, MailPurpose purpose, CancellationToken ct = default) =>
        caller.CanView(fromNetworkId) ? await composer.ComposeAsync(fromNetworkId, peerNetworkId, purpose, caller, ct) : null;

    public async Task<PeeringManagerResult> SendAsync(PeeringManagerCaller caller, int fromNetworkId, MailDraft draft, CancellationToken ct = default)
    {
        if (!caller.CanView(fromNetworkId)) return PeeringManagerResult.Forbidden;
        var settings = await store.GetAsync(ct);
        var mail = draft.Copy();
        if (settings.TestMode)
        {
            if (string.IsNullOrWhiteSpace(settings.TestAddress)) return new PeeringManagerResult(PeeringManagerOutcome.Invalid, "Test mode is on but no test address is set.");
            mail.Body = $"[Test mode: this would have gone to To: {draft.To}; Cc: {draft.Cc}; Bcc: {draft.Bcc}]\n\n" + draft.Body;
            (mail.To, mail.Cc, mail.Bcc, mail.Subject) = (settings.TestAddress, null, null, "[TEST] " + draft.Subject);
        }
        var result = await sender.SendAsync(mail, settings, ct);
        return result.Sent
            ? new PeeringManagerResult(PeeringManagerOutcome.Ok, settings.TestMode ? $"Sent to the test address {settings.TestAddress}." : "Mail sent.")
            : new PeeringManagerResult(PeeringManagerOutcome.SendFailed, result.Error);
    }
}
