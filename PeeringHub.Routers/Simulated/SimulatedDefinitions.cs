namespace PeeringHub.Routers.Simulated;

/// <summary>What a simulated router has defined outside the session files: its peer groups (BIRD templates / FRR peer-groups),
/// which follow the peer groups PeeringHub has for the router, and the platform's default templates or route-maps.</summary>
internal sealed record SimulatedDefinitions(IReadOnlySet<string> PeerGroups);
