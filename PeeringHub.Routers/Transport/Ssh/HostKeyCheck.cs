using Renci.SshNet;
using Renci.SshNet.Common;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// Strict host-key verification for one connection attempt: <c>HostKeyReceived</c> trusts only the key whose SHA256
/// fingerprint equals the operator-accepted one; anything else is refused and remembered for the error message.
/// </summary>
internal sealed class HostKeyCheck
{
    public HostKeyCheck(string acceptedKey) => Expected = HostKeys.Fingerprint(acceptedKey);

    /// <summary>Example: <c>SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8</c>.</summary>
    public string Expected { get; }
    /// <summary>The fingerprint the router presented when it was refused; null when nothing was refused.</summary>
    public string? Refused { get; private set; }

    public void Attach(SshClient client) => client.HostKeyReceived += OnHostKey;

    private void OnHostKey(object? sender, HostKeyEventArgs e)
    {
        var presented = "SHA256:" + e.FingerPrintSHA256; // SSH.NET leaves the prefix off
        e.CanTrust = string.Equals(presented, Expected, StringComparison.Ordinal);
        if (!e.CanTrust) Refused = presented;
    }

    /// <summary>
    /// Offer only the accepted key's algorithm(s), as OpenSSH's HostKeyAlgorithms pin did: a router with several host keys
    /// would otherwise present its preferred one, which is not the one accepted.
    /// </summary>
    public static void PinAlgorithms(ConnectionInfo info, string acceptedKey)
    {
        var type = HostKeys.Type(acceptedKey);
        string[] keep = type == "ssh-rsa" ? ["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"] : [type];
        if (!keep.Any(info.HostKeyAlgorithms.ContainsKey)) return; // unknown to SSH.NET: let it negotiate and compare
        foreach (var name in info.HostKeyAlgorithms.Keys.Where(k => !keep.Contains(k)).ToList()) info.HostKeyAlgorithms.Remove(name);
    }
}
