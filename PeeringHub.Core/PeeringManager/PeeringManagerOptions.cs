using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// Configuration defaults under "PeeringHub:PeeringManager" (like IXP Manager's .env). The Settings page stores its own
/// copy in the database; these apply until then. <see cref="TemplateFile"/> is configuration only.
/// </summary>
public sealed class PeeringManagerOptions
{
    public const string Section = "PeeringHub:PeeringManager";

    public bool Enabled { get; set; } = true;
    /// <summary>The LAN opened first (IXP Manager's IDENTITY_DEFAULT_VLAN).</summary>
    public int? DefaultLan { get; set; }
    public int DetectionWindowDays { get; set; } = 28;
    public int RepeatWarningDays { get; set; } = 30;
    /// <summary>A file whose content replaces the built-in peering-request template (relative to the content root).</summary>
    public string? TemplateFile { get; set; }
    public string? OrganisationName { get; set; }
    public string? OrganisationEmail { get; set; }
    public string? OrganisationPhone { get; set; }
    public string? OrganisationWeb { get; set; }
    public string? OrganisationNocEmail { get; set; }
    public bool TestMode { get; set; }
    public string? TestAddress { get; set; }
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTlsWhenAvailable;
    public int SmtpTimeoutSeconds { get; set; } = 30;
    public string? SmtpUser { get; set; }
    public string? MailFrom { get; set; }

    public PeeringManagerSettings ToSettings() => new()
    {
        Id = PeeringManagerSettings.SingletonId,
        Enabled = Enabled, DefaultLanId = DefaultLan, DetectionWindowDays = DetectionWindowDays, RepeatWarningDays = RepeatWarningDays,
        OrganisationName = OrganisationName, OrganisationEmail = OrganisationEmail, OrganisationPhone = OrganisationPhone,
        OrganisationWeb = OrganisationWeb, OrganisationNocEmail = OrganisationNocEmail, TestMode = TestMode, TestAddress = TestAddress,
        SmtpHost = SmtpHost, SmtpPort = SmtpPort, SmtpSecurity = SmtpSecurity, SmtpTimeoutSeconds = SmtpTimeoutSeconds, SmtpUser = SmtpUser, MailFrom = MailFrom,
    };
}
