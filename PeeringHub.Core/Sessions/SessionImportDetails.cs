namespace PeeringHub.Core.Sessions;

/// <summary>What an import carries over from the session's configuration on the router (read by the router driver).</summary>
/// <param name="Md5Password">Plaintext TCP-MD5 password; stored encrypted.</param>
/// <param name="Description">The router's description of the session.</param>
/// <param name="AdminDown">Shut down in the configuration.</param>
/// <param name="PeerGroup">BIRD template / FRR peer-group name; becomes the session's peer group on that router.</param>
public sealed record SessionImportDetails(string? Md5Password, string? Description, bool AdminDown, string? PeerGroup);
