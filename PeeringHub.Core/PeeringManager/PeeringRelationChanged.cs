namespace PeeringHub.Core.PeeringManager;

/// <summary>A relation changed (moved, notes, request sent): pages showing this viewing network and LAN reload.</summary>
public sealed record PeeringRelationChanged(int ViewingNetworkId, int PeeringLanId, int PeerNetworkId, string ChangedBy);
