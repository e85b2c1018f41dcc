namespace PeeringHub.Core.PeeringManager;

/// <summary>An sFlow-detected address pair on the LAN with the evidence the window and direction tests need.</summary>
public readonly record struct DetectedPairFact(string AddressA, string AddressB, DateTime LastSeen, long Samples, long PayloadSamples, long ReverseSamples)
{
    /// <summary>Payload (BGP messages, not just SYNs) or packets both ways: a one-sided SYN scan does not count as peering.</summary>
    public bool IsEvidence => PayloadSamples > 0 || (ReverseSamples > 0 && Samples - ReverseSamples > 0);
}
