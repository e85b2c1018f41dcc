namespace PeeringHub.Tests.PeeringManager;

/// <summary>What a test's aiosmtpd offers: STARTTLS with a certificate, AUTH required with one user, a recipient it refuses.</summary>
public sealed record AiosmtpdOptions(string? CertFile = null, string? KeyFile = null, string? AuthUser = null, string? AuthPassword = null, string? RejectRecipient = null)
{
    public IEnumerable<string> Arguments()
    {
        if (CertFile is not null) yield return "--cert=" + CertFile;
        if (KeyFile is not null) yield return "--key=" + KeyFile;
        if (AuthUser is not null) yield return $"--auth={AuthUser}:{AuthPassword}";
        if (RejectRecipient is not null) yield return "--reject=" + RejectRecipient;
    }
}
