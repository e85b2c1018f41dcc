using System.Security.Cryptography;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Service;

/// <summary>Turns stored entities into what drivers need, decrypting secrets only in memory.</summary>
public sealed class RouterTargetFactory(ISecretProtector secrets)
{
    public RouterTarget Create(Router router) => new()
    {
        Id = router.Id,
        Name = router.Name,
        Platform = router.Platform,
        Transport = router.Transport,
        Address = router.Address,
        SshPort = router.SshPort,
        SshUser = router.SshUser,
        PrivateKey = Decrypt(router.SshPrivateKeyProtected, $"router {router.Id} SSH key"),
        KeyPassphrase = Decrypt(router.SshKeyPassphraseProtected, $"router {router.Id} SSH key passphrase"),
        Password = Decrypt(router.SshPasswordProtected, $"router {router.Id} SSH password"),
        HostKey = router.HostKey,
        LocalAsn = router.LocalAsn,
    };

    /// <summary>Our session → what the driver renders. BIRD protocol name: the router's own name when the poller learnt one (an
    /// imported protocol keeps its name, so Configure changes it instead of adding a second one), else <c>ph_&lt;id&gt;</c>;
    /// FRR keys by address. <paramref name="existing"/>: the session's text on the router now (see <see cref="SessionConfig.Existing"/>).</summary>
    public SessionConfig Create(BgpSession s, string? existing = null) => new(
        Name: s.RouterSessionName is { } n && ConfigIdentifier.IsValid(n) ? n : $"ph_{s.Id}",
        NeighborIp: s.PeerIp,
        NeighborAsn: s.PeerAsn,
        LocalAsn: s.LocalAsn,
        Description: s.Description,
        Md5Password: Decrypt(s.Md5PasswordProtected, $"session {s.Id} MD5 password"),
        AdminDown: s.DesiredAdminState == AdminState.Down,
        PeerGroup: s.PeerGroup?.Name,
        MaxPrefix: s.MaxPrefix,
        Existing: existing);

    private string? Decrypt(string? value, string what)
    {
        if (string.IsNullOrEmpty(value)) return null;
        try
        {
            return secrets.Unprotect(value);
        }
        catch (CryptographicException e)
        {
            throw new RouterException(RouterErrorKind.InvalidInput, $"{what} cannot be decrypted with this app's keys: {e.Message}");
        }
    }
}
