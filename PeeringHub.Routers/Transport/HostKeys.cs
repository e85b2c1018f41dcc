using System.Security.Cryptography;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>Host keys as OpenSSH writes them (<c>ssh-ed25519 AAAA…</c>) and their SHA256 fingerprints as
/// <c>ssh-keygen -lf</c> prints them (<c>SHA256:</c> + unpadded base64 of the SHA-256 of the key blob).</summary>
public static class HostKeys
{
    /// <summary>Type and base64 blob, without host part or comment; validates the blob.</summary>
    public static string Normalize(string keyLine)
    {
        var parts = keyLine.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !parts[0].StartsWith("ssh-", StringComparison.Ordinal) && !parts[0].StartsWith("ecdsa-", StringComparison.Ordinal))
            throw new RouterException(RouterErrorKind.InvalidInput, "host key must look like 'ssh-ed25519 AAAA…'");
        _ = Blob(parts[1]);
        return $"{parts[0]} {parts[1]}";
    }

    public static string Type(string keyLine) => Normalize(keyLine).Split(' ')[0];

    public static string Fingerprint(string keyLine) =>
        "SHA256:" + Convert.ToBase64String(SHA256.HashData(Blob(Normalize(keyLine).Split(' ')[1]))).TrimEnd('=');

    private static byte[] Blob(string b64)
    {
        var buf = new byte[b64.Length];
        return Convert.TryFromBase64String(b64, buf, out var n) ? buf[..n]
            : throw new RouterException(RouterErrorKind.InvalidInput, "host key blob is not base64");
    }
}
