namespace PeeringHub.Core.Mail;

/// <summary>Whether the SMTP server accepted the message. <see cref="ServerReply"/> is its answer (e.g. <c>250 2.0.0 Ok: queued as 4F2…</c>);
/// <see cref="Error"/> is shown to the user (never contains the password).</summary>
/// <param name="InvalidDraft">True when the draft itself is wrong (address, line break in the subject): the user's input, not the server.</param>
public sealed record MailSendResult(bool Sent, string? Error, string? ServerReply = null, string? MessageId = null, bool InvalidDraft = false)
{
    public static MailSendResult Accepted(string serverReply, string? messageId) => new(true, null, serverReply, messageId);
    public static MailSendResult Failed(string error) => new(false, error);
    public static MailSendResult Invalid(string error) => new(false, error, InvalidDraft: true);
}
