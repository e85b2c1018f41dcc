using MimeKit;
using MimeKit.Utils;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Mail;

/// <summary>
/// Builds the MimeKit message for a draft: From from the identity settings, To/Cc/Bcc validated as addresses, a
/// subject that can never carry CR/LF (a header injection), a Message-ID, UTF-8 subject and text body.
/// </summary>
public static class MailMessageFactory
{
    public const int MaxSubjectLength = 998; // RFC 5322 line limit

    /// <summary>The sender address of every mail: MailFrom, else the organisation's address.</summary>
    public static string? FromAddress(PeeringManagerSettings settings) => settings.MailFrom ?? settings.OrganisationEmail;

    public static MimeMessage Create(MailDraft draft, PeeringManagerSettings settings)
    {
        var fromText = FromAddress(settings) ?? draft.From;
        if (!MailAddresses.TryParseOne(fromText, out var from))
            throw new MailValidationException($"From: '{fromText}' is not a valid e-mail address (Settings → Peering manager → identity).");
        if (settings.OrganisationName is { Length: > 0 } org && string.IsNullOrEmpty(from.Name) && !org.Any(char.IsControl)) from = new MailboxAddress(org, from.Address);
        var subject = draft.Subject ?? "";
        if (subject.Contains('\r') || subject.Contains('\n'))
            throw new MailValidationException("Subject: must be one line (it contains a line break).");
        if (subject.Any(char.IsControl)) throw new MailValidationException("Subject: must not contain control characters.");
        if (subject.Length > MaxSubjectLength) throw new MailValidationException($"Subject: at most {MaxSubjectLength} characters.");

        var to = MailAddresses.ParseList(draft.To, "To");
        if (to.Count == 0) throw new MailValidationException("To: the mail has no recipient.");
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.AddRange(to);
        message.Cc.AddRange(MailAddresses.ParseList(draft.Cc, "Cc"));
        message.Bcc.AddRange(MailAddresses.ParseList(draft.Bcc, "Bcc"));
        message.Subject = subject;
        message.MessageId = MimeUtils.GenerateMessageId(from.Domain);
        message.Date = DateTimeOffset.UtcNow;
        var body = new TextPart("plain") { Text = (draft.Body ?? "").Replace("\r\n", "\n").Replace("\n", "\r\n") };
        body.ContentType.Charset = "utf-8";
        message.Body = body;
        return message;
    }
}
