namespace PeeringHub.Sflow.Detection;

/// <summary>One member address on a peering LAN: which LAN and which member/network it belongs to.</summary>
public readonly record struct MemberEndpoint(int PeeringLanId, int MemberId, int NetworkId);
