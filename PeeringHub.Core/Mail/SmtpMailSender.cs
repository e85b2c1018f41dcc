using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Mail;

/// <summary>
/// Sends a draft through the configured SMTP server with MailKit. A mail counts as sent only when the server accepted it
/// (the result carries the server's answer); every failure is a result with a reason an admin can act on, never a throw.
/// </summary>
public sealed class SmtpMailSender(ISecretProtector secrets, IOptions<MailTransportOptions> transport, ILogger<SmtpMailSender> log)
{
    public async Task<MailSendResult> SendAsync(MailDraft draft, PeeringManagerSettings settings, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(settings.SmtpHost)) return MailSendResult.Failed("No SMTP server is configured (Settings → Peering manager).");
        MimeKit.MimeMessage message;
        try
        {
            message = MailMessageFactory.Create(draft, settings);
        }
        catch (MailValidationException e)
        {
            return MailSendResult.Invalid(e.Message);
        }
        var where = $"{settings.SmtpHost}:{settings.SmtpPort}";
        using var client = new SmtpClient { Timeout = Math.Clamp(settings.SmtpTimeoutSeconds, 1, 600) * 1000, ServerCertificateValidationCallback = Validate };
        try
        {
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, Options(settings.SmtpSecurity), ct);
            if (!string.IsNullOrEmpty(settings.SmtpUser))
                await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPasswordProtected is { } p ? secrets.Unprotect(p) : "", ct);
            var reply = await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            log.LogInformation("Mail {MessageId} \"{Subject}\" accepted by {Server} for {Count} recipient(s): {Reply}", message.MessageId, message.Subject, where,
                message.To.Count + message.Cc.Count + message.Bcc.Count, reply);
            return MailSendResult.Accepted(reply, message.MessageId);
        }
        catch (Exception e) when (Explain(e, settings, where) is { } reason)
        {
            // Shown to the user; the caller records nothing as sent. Never includes the password.
            log.LogWarning("Mail \"{Subject}\" via {Server} failed: {Reason}", message.Subject, where, reason);
            return MailSendResult.Failed(reason);
        }
    }

    static SecureSocketOptions Options(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        SmtpSecurity.StartTlsRequired => SecureSocketOptions.StartTls,
        SmtpSecurity.ImplicitTls => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "unknown SMTP security"),
    };

    /// <summary>The server's failure in an admin's words; null for exceptions that are not about sending (they propagate).</summary>
    static string? Explain(Exception e, PeeringManagerSettings settings, string where) => e switch
    {
        SocketException s => $"Cannot connect to the SMTP server {where}: {s.Message}.",
        SslHandshakeException tls => $"TLS with the SMTP server {where} failed: {tls.Message.Split('\n')[0].Trim()} " +
                                     "(a self-signed certificate must be listed in PeeringHub:Mail:TrustedCertificateSha256).",
        NotSupportedException when settings.SmtpSecurity == SmtpSecurity.StartTlsRequired =>
            $"The SMTP server {where} does not offer STARTTLS, which the settings require; nothing was sent.",
        AuthenticationException a => $"The SMTP server {where} refused the user name or password ({a.Message}).",
        NotSupportedException n when !string.IsNullOrEmpty(settings.SmtpUser) => $"The SMTP server {where} does not offer authentication: {n.Message}",
        SmtpCommandException c => c.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => $"The SMTP server refused the recipient {c.Mailbox}: {(int)c.StatusCode} {c.Message}",
            SmtpErrorCode.SenderNotAccepted => $"The SMTP server refused the sender {c.Mailbox}: {(int)c.StatusCode} {c.Message}",
            _ => $"The SMTP server refused the message: {(int)c.StatusCode} {c.Message}",
        },
        SmtpProtocolException p => $"The SMTP server {where} broke the protocol: {p.Message}",
        TimeoutException or OperationCanceledException => $"The SMTP server {where} did not answer within {settings.SmtpTimeoutSeconds} s.",
        IOException io => $"The connection to the SMTP server {where} failed: {io.Message}",
        CryptographicException => "The stored SMTP password cannot be decrypted with this app's keys; enter it again.",
        _ => null,
    };

    bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (certificate is null) return false;
        var sha = Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));
        return transport.Value.TrustedCertificateSha256.Any(t => string.Equals(t.Replace(":", "", StringComparison.Ordinal).Trim(), sha, StringComparison.OrdinalIgnoreCase));
    }
}
