namespace PeeringHub.Core.Mail;

/// <summary>Whether the SMTP server accepted the message; <see cref="Error"/> is shown to the user (never contains the password).</summary>
public sealed record MailSendResult(bool Sent, string? Error)
{
    public static readonly MailSendResult Ok = new(true, null);
    public static MailSendResult Failed(string error) => new(false, error);
}
