using System.Net;
using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Mail;

/// <summary>Sends a draft through the configured SMTP server with System.Net.Mail (MailKit is not obtainable here).</summary>
public sealed class SmtpMailSender(ISecretProtector secrets, ILogger<SmtpMailSender> log)
{
    public async Task<MailSendResult> SendAsync(MailDraft draft, PeeringManagerSettings settings, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(settings.SmtpHost)) return MailSendResult.Failed("No SMTP server is configured (Settings → Peering manager).");
        var to = MailDraft.Split(draft.To).ToList();
        if (to.Count == 0) return MailSendResult.Failed("The mail has no recipient.");
        try
        {
            // UTF-8: network and person names are often not ASCII.
            using var message = new MailMessage { From = new MailAddress(draft.From), Subject = draft.Subject, Body = draft.Body, IsBodyHtml = false,
                BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8 };
            foreach (var a in to) message.To.Add(a);
            foreach (var a in MailDraft.Split(draft.Cc)) message.CC.Add(a);
            foreach (var a in MailDraft.Split(draft.Bcc)) message.Bcc.Add(a);
            using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort)
            {
                EnableSsl = settings.SmtpStartTls,
                DeliveryMethod = SmtpDeliveryMethod.Network,
                Timeout = 30_000,
            };
            if (!string.IsNullOrEmpty(settings.SmtpUser))
                client.Credentials = new NetworkCredential(settings.SmtpUser,
                    settings.SmtpPasswordProtected is { } p ? secrets.Unprotect(p) : "");
            await client.SendMailAsync(message, ct);
            log.LogInformation("Mail \"{Subject}\" sent to {Count} recipient(s) via {Host}:{Port}", draft.Subject, to.Count, settings.SmtpHost, settings.SmtpPort);
            return MailSendResult.Ok;
        }
        catch (Exception ex) when (ex is SmtpException or FormatException or InvalidOperationException or CryptographicException)
        {
            // Shown to the user; the caller records nothing as sent. The message never includes the credentials.
            log.LogWarning("Mail \"{Subject}\" via {Host}:{Port} failed: {Error}", draft.Subject, settings.SmtpHost, settings.SmtpPort, ex.Message);
            var detail = ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message;
            return MailSendResult.Failed($"Sending failed: {detail}");
        }
    }
}
