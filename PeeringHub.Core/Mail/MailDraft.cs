namespace PeeringHub.Core.Mail;

/// <summary>An e-mail as the composer shows it for editing; address fields are comma-separated lists.</summary>
public sealed class MailDraft
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public string? Cc { get; set; }
    public string? Bcc { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    public MailDraft Copy() => (MailDraft)MemberwiseClone();

    public static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);
}
