namespace PeeringHub.Core.Security;

/// <summary>Encrypts secrets (MD5 passwords, SSH keys, SMTP password) for storage; plaintext never reaches logs or the database.</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> when the value was not produced by this app's keys.</summary>
    string Unprotect(string protectedValue);
}
