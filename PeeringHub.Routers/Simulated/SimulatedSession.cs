namespace PeeringHub.Routers.Simulated;

/// <summary>What a simulated router reads from one session's configuration text (after its dialect's check accepted it).</summary>
/// <param name="NeighborIp">Canonical address. Example: <c>192.0.2.10</c>.</param>
/// <param name="RemoteAsn">The AS the router expects the neighbor to be. Example: <c>64497</c>.</param>
/// <param name="LocalAsn">A <c>local as</c> / <c>local-as</c> override; null for the router's own ASN.</param>
/// <param name="Password">TCP-MD5 password; null for none.</param>
/// <param name="Disabled">BIRD <c>disabled;</c> / FRR <c>neighbor … shutdown</c>.</param>
/// <param name="Description">Example: <c>Alpine Fibre (demo)</c>.</param>
/// <param name="Group">BIRD template / FRR peer-group; null for none.</param>
internal sealed record SimulatedSession(string NeighborIp, long RemoteAsn, long? LocalAsn, string? Password, bool Disabled, string? Description, string? Group)
{
    /// <summary>Whether going from this configuration to <paramref name="next"/> restarts the session on a real router
    /// (anything but the description, which BIRD and FRR change in place).</summary>
    public bool RestartsFor(SimulatedSession next) => this with { Description = null } != next with { Description = null };
}
