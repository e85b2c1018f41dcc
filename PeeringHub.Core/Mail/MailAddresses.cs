using MimeKit;

namespace PeeringHub.Core.Mail;

/// <summary>Strict address parsing with MimeKit: one plain mailbox (<c>noc@example.net</c> or <c>NOC &lt;noc@example.net&gt;</c>)
/// with a domain; no groups, no control characters (a CR/LF could start a header of its own).</summary>
public static class MailAddresses
{
    static readonly ParserOptions Strict = new() { AllowAddressesWithoutDomain = false, AddressParserComplianceMode = RfcComplianceMode.Strict };

    public static bool TryParseOne(string? text, out MailboxAddress address)
    {
        address = null!;
        if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsControl)) return false;
        if (!MailboxAddress.TryParse(Strict, text.Trim(), out var parsed) || parsed is null) return false;
        var at = parsed.Address.LastIndexOf('@');
        if (at <= 0 || at == parsed.Address.Length - 1) return false;
        address = parsed;
        return true;
    }

    /// <summary>A comma/semicolon-separated list; throws <see cref="MailValidationException"/> naming the first bad entry.</summary>
    public static List<MailboxAddress> ParseList(string? list, string field) =>
        MailDraft.Split(list).Select(a => TryParseOne(a, out var m) ? m : throw new MailValidationException($"{field}: '{a}' is not a valid e-mail address.")).ToList();
}
