using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Mail;

/// <summary>What users read for each <see cref="MailPurpose"/>, in the composer and in the mail log.</summary>
public static class MailPurposeNames
{
    public static readonly IReadOnlyList<MailPurpose> All = Enum.GetValues<MailPurpose>();

    public static string Text(MailPurpose purpose) => purpose switch
    {
        MailPurpose.PeeringRequest => "Peering request",
        MailPurpose.NocContact => "NOC contact",
        MailPurpose.MaintenanceNotice => "Maintenance notice",
        _ => purpose.ToString(),
    };
}
