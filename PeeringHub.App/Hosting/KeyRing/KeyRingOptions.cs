namespace PeeringHub.App.Hosting.KeyRing;

/// <summary>
/// How the ASP.NET Data Protection key ring (the keys that encrypt router credentials, SMTP passwords and login cookies) is
/// encrypted on disk. <c>PeeringHub:DataProtection</c> in settings; name a certificate or a key file, not both.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "PeeringHub:DataProtection";

    /// <summary>A PKCS#12 (.pfx/.p12) file with the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The .pfx file's password, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>A file holding 32 random bytes in base64 (<c>openssl rand -base64 32</c>), readable by the app's user only.</summary>
    public string? KeyFile { get; set; }
}
