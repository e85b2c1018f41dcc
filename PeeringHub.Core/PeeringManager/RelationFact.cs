using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>The viewing network's stored relation to one peer on the LAN.</summary>
public readonly record struct RelationFact(int PeerNetworkId, ManualMark Mark, bool HasNotes, DateTime? LastRequestSentAt, int RequestCount);
