using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Inventory;

/// <summary>Create/edit form of a router. SSH secrets (key, passphrase, password) are write-only: empty on edit keeps the stored one.</summary>
public sealed class RouterInput : IEntityInput<Router, RouterInput>
{
    public int Id { get; set; }
    public Guid? Version { get; set; }
    public string Name { get; set; } = "";
    public string Platform { get; set; } = RouterPlatform.Bird2;
    public RouterTransport Transport { get; set; }
    public string Address { get; set; } = "";
    public int SshPort { get; set; } = 22;
    public string SshUser { get; set; } = "";
    /// <summary>Plaintext key text; never read back from the server.</summary>
    public string? SshPrivateKey { get; set; }
    public bool HasSshPrivateKey { get; set; }
    /// <summary>Passphrase of an encrypted private key; never read back.</summary>
    public string? SshKeyPassphrase { get; set; }
    /// <summary>SSH password (many routers only offer password / keyboard-interactive login); never read back.</summary>
    public string? SshPassword { get; set; }
    public bool HasSshPassword { get; set; }
    public long LocalAsn { get; set; }
    public int? NetworkId { get; set; }
    public bool Enabled { get; set; } = true;

    public void ApplyTo(Router r, ISecretProtector secrets)
    {
        r.Name = Name.Trim();
        r.Platform = Platform;
        r.Transport = Transport;
        if (r.Address != Address.Trim() || r.SshPort != SshPort)
        {
            // A different endpoint is a different host: its key must be fetched and accepted again.
            r.HostKey = null;
            r.HostKeyFingerprint = null;
        }
        r.Address = Address.Trim();
        r.SshPort = SshPort;
        r.SshUser = SshUser.Trim();
        if (!string.IsNullOrWhiteSpace(SshPrivateKey))
            r.SshPrivateKeyProtected = secrets.Protect(SshPrivateKey.Replace("\r\n", "\n").Trim() + "\n");
        if (!string.IsNullOrEmpty(SshKeyPassphrase)) r.SshKeyPassphraseProtected = secrets.Protect(SshKeyPassphrase);
        if (!string.IsNullOrEmpty(SshPassword)) r.SshPasswordProtected = secrets.Protect(SshPassword);
        r.LocalAsn = LocalAsn;
        r.NetworkId = NetworkId;
        r.Enabled = Enabled;
    }

    public static RouterInput From(Router r) => new()
    {
        Id = r.Id, Version = r.Version, Name = r.Name, Platform = r.Platform, Transport = r.Transport, Address = r.Address,
        SshPort = r.SshPort, SshUser = r.SshUser, HasSshPrivateKey = r.SshPrivateKeyProtected is not null,
        HasSshPassword = r.SshPasswordProtected is not null,
        LocalAsn = r.LocalAsn, NetworkId = r.NetworkId, Enabled = r.Enabled,
    };
}
