using System.Net.Mail;
using PeeringHub.Core.Mail;

namespace PeeringHub.App.Components.Pages.PeeringManager;

/// <summary>
/// What the mail dialogs check before sending, so a typo is shown at its field instead of as an SMTP error afterwards.
/// The services check again (they are the authority); this only saves a round trip to the mail server.
/// </summary>
public static class MailDraftCheck
{
    /// <param name="needsRecipient">False when nothing is mailed to the To list (mark-only, a copy to oneself, test mode).</param>
    /// <returns>Field name → message; empty when the draft can be sent.</returns>
    public static Dictionary<string, string> Errors(MailDraft draft, bool needsRecipient)
    {
        var errors = new Dictionary<string, string>();
        if (needsRecipient && !MailDraft.Split(draft.To).Any()) errors[nameof(MailDraft.To)] = "Enter at least one address.";
        CheckAddresses(errors, nameof(MailDraft.To), draft.To);
        CheckAddresses(errors, nameof(MailDraft.Cc), draft.Cc);
        CheckAddresses(errors, nameof(MailDraft.Bcc), draft.Bcc);
        if (string.IsNullOrWhiteSpace(draft.Subject)) errors[nameof(MailDraft.Subject)] = "Enter a subject.";
        if (string.IsNullOrWhiteSpace(draft.Body)) errors[nameof(MailDraft.Body)] = "Enter a message.";
        return errors;
    }

    static void CheckAddresses(Dictionary<string, string> errors, string field, string? list)
    {
        if (MailDraft.Split(list).FirstOrDefault(a => !MailAddress.TryCreate(a, out _)) is { } bad)
            errors.TryAdd(field, $"Not an e-mail address: {bad}");
    }
}
