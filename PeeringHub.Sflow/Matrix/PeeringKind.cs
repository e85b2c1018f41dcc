namespace PeeringHub.Sflow.Matrix;

/// <summary>How two members of a LAN peer: through the route servers (both RS clients), bilaterally (detected), both, or not at all.</summary>
public enum PeeringKind { None = 0, RouteServer = 1, Bilateral = 2, Both = 3 }
