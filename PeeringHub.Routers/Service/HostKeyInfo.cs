namespace PeeringHub.Routers.Service;

/// <summary>A router's host key as fetched right now.</summary>
/// <param name="HostKey">Example: <c>ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI…</c>.</param>
/// <param name="Fingerprint">Example: <c>SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8</c>.</param>
/// <param name="MatchesAccepted">True when it equals the key already accepted for the router.</param>
public sealed record HostKeyInfo(string HostKey, string Fingerprint, bool MatchesAccepted);
