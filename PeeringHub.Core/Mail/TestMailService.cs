using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Core.Mail;

/// <summary>"Send test mail" on the Settings page: one short mail through the saved SMTP settings, so an admin sees the
/// server's own answer (accepted, or why not) before the first peering request depends on it.</summary>
public sealed class TestMailService(SmtpMailSender sender, PeeringManagerSettingsStore store, TimeProvider clock)
{
    public async Task<MailSendResult> SendAsync(string to, string requestedBy, CancellationToken ct = default)
    {
        if (!MailAddresses.TryParseOne(to, out var address)) return MailSendResult.Invalid($"To: '{to}' is not a valid e-mail address.");
        var settings = await store.GetAsync(ct);
        var draft = new MailDraft
        {
            From = MailMessageFactory.FromAddress(settings) ?? "",
            To = address.ToString(),
            Subject = "PeeringHub test mail",
            Body = $"This is a test mail from PeeringHub, sent by {requestedBy} at {clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC\n" +
                   $"through {settings.SmtpHost}:{settings.SmtpPort} ({settings.SmtpSecurity}{(string.IsNullOrEmpty(settings.SmtpUser) ? "" : ", as " + settings.SmtpUser)}).\n",
        };
        return await sender.SendAsync(draft, settings, ct);
    }
}
