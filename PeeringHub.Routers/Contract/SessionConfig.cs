namespace PeeringHub.Routers.Contract;

/// <summary>What we want configured for one session; drivers render it. Values are validated by
/// <see cref="SafeText"/> when rendered, so nothing unchecked reaches a CLI or config file.</summary>
/// <param name="Name">Our name for the session, safe alphabet <c>[A-Za-z0-9_]</c>. Example: <c>ph_42</c>. BIRD uses it
/// as the protocol and file name; FRR keys sessions by <see cref="NeighborIp"/>.</param>
/// <param name="NeighborIp">Example: <c>192.0.2.14</c>.</param>
/// <param name="NeighborAsn">Example: <c>65004</c>.</param>
/// <param name="LocalAsn">Overrides the router's own ASN when set.</param>
/// <param name="Description">Free text, escaped on render; newlines rejected.</param>
/// <param name="Md5Password">Plaintext TCP-MD5 password or null.</param>
/// <param name="AdminDown">Render the session shut down.</param>
/// <param name="PeerGroup">BIRD template / FRR peer-group; null for the platform default.</param>
/// <param name="MaxPrefix">Receive limit; null for none.</param>
/// <param name="Existing">The session's configuration on the router now, when it has one that PeeringHub did not write (an
/// imported session): drivers then change only the values PeeringHub manages in it and keep everything else as it is.</param>
public sealed record SessionConfig(
    string Name,
    string NeighborIp,
    long NeighborAsn,
    long? LocalAsn = null,
    string? Description = null,
    string? Md5Password = null,
    bool AdminDown = false,
    string? PeerGroup = null,
    int? MaxPrefix = null,
    string? Existing = null);
