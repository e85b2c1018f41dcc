namespace PeeringHub.Core.Domain;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP, never TLS (a relay on the same host or a trusted network).</summary>
    None = 0,
    /// <summary>STARTTLS if the server offers it, plain otherwise.</summary>
    StartTlsWhenAvailable = 1,
    /// <summary>STARTTLS or nothing: a server that does not offer it is an error, no mail goes out in clear text.</summary>
    StartTlsRequired = 2,
    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    ImplicitTls = 3,
}
