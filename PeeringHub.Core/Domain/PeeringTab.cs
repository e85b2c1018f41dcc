namespace PeeringHub.Core.Domain;

/// <summary>The four tabs of the peering manager.</summary>
public enum PeeringTab
{
    Potential = 0,
    PotentialBilateral = 1,
    Peers = 2,
    Rejected = 3,
}
