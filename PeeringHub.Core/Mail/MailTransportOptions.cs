namespace PeeringHub.Core.Mail;

/// <summary>Settings of the SMTP transport that are not an admin's choice on the Settings page (section <c>PeeringHub:Mail</c>).</summary>
public sealed class MailTransportOptions
{
    public const string Section = "PeeringHub:Mail";

    /// <summary>
    /// SHA-256 fingerprints (hex, colons optional) of server certificates trusted although no CA vouches for them: an
    /// internal relay with a self-signed certificate. Everything else is checked against the system's CAs as usual.
    /// </summary>
    public List<string> TrustedCertificateSha256 { get; set; } = [];
}
