namespace PeeringHub.Routers.Adoption;

/// <summary>One session of a bulk import, in the order the router page lists them.</summary>
/// <param name="Name">The router's name for it (BIRD protocol; FRR neighbor address).</param>
/// <param name="SessionId">The new PeeringHub session; null when not imported.</param>
/// <param name="NetworkId">Peer network matched by ASN (only when exactly one has it).</param>
/// <param name="PeeringLanId">Exchange LAN matched by address (only when exactly one contains it).</param>
/// <param name="Message">What happened, in the router's or the validator's words.</param>
public sealed record SessionImportOutcome(string Name, string? PeerIp, long? PeerAsn, bool Succeeded, int? SessionId, int? NetworkId, int? PeeringLanId, string Message);
