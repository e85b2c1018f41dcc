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

    /// <summary>Test mode: a copy that goes only to <paramref name="testAddress"/>, its body saying where it would have gone.</summary>
    public MailDraft RedirectedTo(string testAddress)
    {
        var copy = Copy();
        copy.Body = $"[Test mode: this would have gone to To: {To}; Cc: {Cc}; Bcc: {Bcc}]\n\n" + Body;
        (copy.To, copy.Cc, copy.Bcc, copy.Subject) = (testAddress, null, null, "[TEST] " + Subject);
        return copy;
    }

    public static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);
}
