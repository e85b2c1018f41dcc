using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// A detected pair as the pages and API see it. <see cref="IsEstablished"/> is the session rule: BGP payload seen, or
/// ACK traffic in both directions — bare one-way ACKs of a connection BGP refused are not a session.
/// </summary>
public sealed record DetectedPair(
    int PeeringLanId, int AddressFamily, IpAddressKey AddressA, IpAddressKey AddressB,
    DateTime FirstSeen, DateTime LastSeen, long Samples, long PayloadSamples, long ReverseSamples)
{
    public long ForwardSamples => Samples - ReverseSamples;
    public bool IsEstablished => PayloadSamples > 0 || (ReverseSamples > 0 && ForwardSamples > 0);
    public PairKey Key => new(PeeringLanId, AddressA, AddressB);
}
