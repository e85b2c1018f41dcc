namespace PeeringHub.App.Api.PeeringManager;

/// <summary>POST /api/peering-manager/move: <c>tab</c> is Potential, PotentialBilateral, Peers or Rejected (case-insensitive).</summary>
public sealed record PeeringMoveBody(int Network, int Lan, int Peer, string Tab);
