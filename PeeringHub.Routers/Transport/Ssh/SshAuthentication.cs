using System.Text;
using Renci.SshNet;
using Renci.SshNet.Common;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// The SSH.NET authentication methods for one router, from its decrypted secrets: a private key (ed25519, RSA, ECDSA;
/// OpenSSH or PEM format; optionally with a passphrase) and/or a password, offered as both "password" and
/// "keyboard-interactive" (many routers only enable the latter). The server picks what it accepts.
/// </summary>
internal static class SshAuthentication
{
    public static AuthenticationMethod[] For(RouterTarget target)
    {
        var methods = new List<AuthenticationMethod>();
        if (!string.IsNullOrWhiteSpace(target.PrivateKey))
            methods.Add(new PrivateKeyAuthenticationMethod(target.SshUser, LoadKey(target)));
        if (!string.IsNullOrEmpty(target.Password))
        {
            methods.Add(new PasswordAuthenticationMethod(target.SshUser, target.Password));
            var kbd = new KeyboardInteractiveAuthenticationMethod(target.SshUser);
            var password = target.Password;
            // Answer every prompt with the password: routers ask "Password:" once; anything else fails like a wrong password.
            kbd.AuthenticationPrompt += (_, e) => { foreach (var p in e.Prompts) p.Response = password; };
            methods.Add(kbd);
        }
        return methods.Count > 0 ? [.. methods]
            : throw new RouterException(RouterErrorKind.AuthenticationFailed, $"{target.Name}: no SSH private key or password stored");
    }

    /// <summary>Parses the key in memory (it never touches the disk); a wrong or missing passphrase is a clear error.</summary>
    public static PrivateKeyFile LoadKey(RouterTarget target)
    {
        var text = target.PrivateKey!.Replace("\r\n", "\n").Trim() + "\n";
        try
        {
            using var stream = new MemoryStream(Encoding.ASCII.GetBytes(text));
            return string.IsNullOrEmpty(target.KeyPassphrase) ? new PrivateKeyFile(stream) : new PrivateKeyFile(stream, target.KeyPassphrase);
        }
        catch (Exception e) when (e is SshPassPhraseNullOrEmptyException)
        {
            throw new RouterException(RouterErrorKind.AuthenticationFailed, $"{target.Name}: the SSH private key is encrypted; store its passphrase");
        }
        catch (Exception e) when (e is SshException or InvalidOperationException or ArgumentException or FormatException
                                      or System.Security.Cryptography.CryptographicException or NotSupportedException)
        {
            // SSH.NET says "Invalid data" or a padding error for a wrong passphrase; both mean the same to an operator.
            throw new RouterException(RouterErrorKind.AuthenticationFailed,
                $"{target.Name}: the SSH private key cannot be read (wrong passphrase or unsupported format): {e.Message}");
        }
    }
}
