using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>An sFlow-detected address pair on the LAN: when it was first and last seen and its state (<see cref="DetectedSessionEvidence"/>'s rule).</summary>
public readonly record struct DetectedPairFact(string AddressA, string AddressB, DateTime LastSeen, DetectedSessionState State)
{
    /// <summary>Only an established pair (BGP session messages seen) is evidence of bilateral peering.</summary>
    public bool IsEvidence => State == DetectedSessionState.Established;

    /// <summary>When the pair was first seen; defaults to <see cref="LastSeen"/> when the source does not know.</summary>
    public DateTime? FirstSeen { get; init; }

    public long Samples { get; init; }
}
