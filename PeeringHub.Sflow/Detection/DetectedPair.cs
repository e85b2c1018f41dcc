using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>A detected pair as the pages and API see it: its totals and, from them, its state and the reason.</summary>
public sealed record DetectedPair(
    int PeeringLanId, int AddressFamily, IpAddressKey AddressA, IpAddressKey AddressB,
    DateTime FirstSeen, DateTime LastSeen, DetectedSessionEvidence Evidence)
{
    public long Samples => Evidence.Samples;
    public DetectedSessionState State => Evidence.State;
    /// <summary>Only BGP session messages make a pair established (see <see cref="DetectedSessionEvidence.Classify"/>).</summary>
    public bool IsEstablished => State == DetectedSessionState.Established;
    public string Why => Evidence.Classify().Why;
    public PairKey Key => new(PeeringLanId, AddressA, AddressB);
}
