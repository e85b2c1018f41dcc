using PeeringHub.Core.Domain;

namespace PeeringHub.Sflow.Matrix;

/// <summary>
/// A detected pair for <c>GET /api/detected-sessions</c> and <c>GET /api/sflow/pairs</c>: addresses, the members behind them
/// (null when an address is no longer a member), first/last seen, the sample counts, the state and why.
/// </summary>
public sealed record DetectedSessionView(
    int PeeringLanId, int AddressFamily, string AddressA, string AddressB, int? MemberIdA, int? MemberIdB,
    DateTime FirstSeen, DateTime LastSeen, DetectedSessionEvidence Evidence, DetectedSessionState State, string Why, bool InWindow)
{
    public long Samples => Evidence.Samples;
    public bool IsEstablished => State == DetectedSessionState.Established;
}
