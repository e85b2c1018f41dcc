namespace PeeringHub.Core.Domain;

/// <summary>
/// The peering manager and mail settings edited on the Settings page: one row (Id 1). Until an admin saves it,
/// the values come from configuration (PeeringHub:PeeringManager), so a fresh install works from appsettings alone.
/// </summary>
public class PeeringManagerSettings : EntityBase
{
    public const int SingletonId = 1;

    /// <summary>False hides the menu entry and makes the pages and API answer 404.</summary>
    public bool Enabled { get; set; } = true;
    public int? DefaultLanId { get; set; }
    /// <summary>How far back an sFlow-detected session still counts as bilateral peering.</summary>
    public int DetectionWindowDays { get; set; } = 28;
    /// <summary>Sending a request again within this many days asks for confirmation.</summary>
    public int RepeatWarningDays { get; set; } = 30;

    // Identity used in mails.
    public string? OrganisationName { get; set; }
    public string? OrganisationEmail { get; set; }
    public string? OrganisationPhone { get; set; }
    public string? OrganisationWeb { get; set; }
    public string? OrganisationNocEmail { get; set; }

    /// <summary>Every mail goes to <see cref="TestAddress"/>; notes and last-sent dates only when the switches below say so.</summary>
    public bool TestMode { get; set; }
    public string? TestAddress { get; set; }
    public bool TestNote { get; set; }
    public bool TestDate { get; set; }

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTlsWhenAvailable;
    /// <summary>Connect, each command and the whole send are bounded by this.</summary>
    public int SmtpTimeoutSeconds { get; set; } = 30;
    public string? SmtpUser { get; set; }
    /// <summary>Encrypted with ISecretProtector; never shown or logged.</summary>
    [Secret] public string? SmtpPasswordProtected { get; set; }
    public string? MailFrom { get; set; }

    /// <summary>The peering-request template (first line "Subject: ..."); empty = the file override or the built-in one.</summary>
    public string? RequestTemplate { get; set; }

    public PeeringManagerSettings Copy() => (PeeringManagerSettings)MemberwiseClone();
}
