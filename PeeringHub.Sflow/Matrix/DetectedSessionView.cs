namespace PeeringHub.Sflow.Matrix;

/// <summary>
/// A detected pair for <c>GET /api/detected-sessions</c>: addresses, the members behind them (null when an address is no
/// longer a member), totals and the evidence that decided <see cref="IsEstablished"/>.
/// </summary>
public sealed record DetectedSessionView(
    int PeeringLanId, int AddressFamily, string AddressA, string AddressB, int? MemberIdA, int? MemberIdB,
    DateTime FirstSeen, DateTime LastSeen, long Samples, long PayloadSamples, long ReverseSamples, bool IsEstablished, bool InWindow);
