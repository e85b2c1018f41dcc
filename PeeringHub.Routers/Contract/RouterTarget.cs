using PeeringHub.Core.Domain;

namespace PeeringHub.Routers.Contract;

/// <summary>Everything needed to reach one router, with secrets already decrypted. Built by
/// <see cref="Service.RouterTargetFactory"/> from a <see cref="Router"/> entity; kept in memory only.</summary>
public sealed class RouterTarget
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Example: <c>bird2</c>.</summary>
    public required string Platform { get; init; }
    public RouterTransport Transport { get; init; }
    /// <summary>SSH: host name or IP. Local: BIRD control socket path, or FRR vty socket directory.</summary>
    public required string Address { get; init; }
    public int SshPort { get; init; } = 22;
    public string SshUser { get; init; } = "";
    /// <summary>OpenSSH/PEM private key text (ed25519, RSA, ECDSA); parsed in memory, never written to disk.</summary>
    public string? PrivateKey { get; init; }
    /// <summary>Passphrase of an encrypted <see cref="PrivateKey"/>.</summary>
    public string? KeyPassphrase { get; init; }
    /// <summary>SSH password, offered as "password" and "keyboard-interactive" authentication.</summary>
    public string? Password { get; init; }
    /// <summary>Accepted host key, <c>ssh-ed25519 AAAA…</c>; null until an operator accepts one.</summary>
    public string? HostKey { get; init; }
    public long LocalAsn { get; init; }

    /// <summary>Never prints the secrets.</summary>
    public override string ToString() => $"router {Id} '{Name}' ({Platform}, {Transport} {Address}:{SshPort})";
}
