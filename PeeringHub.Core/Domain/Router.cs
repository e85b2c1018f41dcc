namespace PeeringHub.Core.Domain;

/// <summary>A router we manage.</summary>
public class Router : EntityBase
{
    public string Name { get; set; } = "";
    public string Platform { get; set; } = RouterPlatform.Bird2;
    public RouterTransport Transport { get; set; }
    /// <summary>Host name or IP address for SSH; for the local transport, the control socket path.</summary>
    public string Address { get; set; } = "";
    public int SshPort { get; set; } = 22;
    public string SshUser { get; set; } = "";
    /// <summary>Private key (OpenSSH/PEM text), encrypted with Data Protection.</summary>
    [Secret] public string? SshPrivateKeyProtected { get; set; }
    /// <summary>Passphrase of an encrypted private key, encrypted with Data Protection.</summary>
    [Secret] public string? SshKeyPassphraseProtected { get; set; }
    /// <summary>SSH password (password / keyboard-interactive authentication), encrypted with Data Protection.</summary>
    [Secret] public string? SshPasswordProtected { get; set; }
    /// <summary>Accepted host key in known_hosts line format (type and base64), without the host part.</summary>
    public string? HostKey { get; set; }
    /// <summary>SHA256 fingerprint of <see cref="HostKey"/>, as ssh-keygen prints it.</summary>
    public string? HostKeyFingerprint { get; set; }
    public long LocalAsn { get; set; }
    public int? NetworkId { get; set; }
    public Network? Network { get; set; }
    public bool Enabled { get; set; } = true;

    public DateTime? LastPolledAt { get; set; }
    public bool? Reachable { get; set; }
    public string? LastError { get; set; }

    public List<PeerGroup> PeerGroups { get; set; } = [];
}
