using PeeringHub.Core.PeeringManager;
using PeeringHub.Core.Domain;

namespace PeeringHub.Sflow.Matrix;

/// <summary>
/// One unordered member pair (<see cref="MemberIdA"/> &lt; <see cref="MemberIdB"/>) with the relation of their networks as the
/// peering manager computes it (<see cref="PeeringHub.Core.PeeringManager.LanRelations"/>): <see cref="Tab"/> and
/// <see cref="Reasons"/> as A's network sees B's, <see cref="ReasonsFromB"/> the other way (they differ only by marks made by
/// hand). <see cref="Kind"/>: route servers, bilateral (sFlow, our Established session, or marked as peer), both, or none.
/// <see cref="Detected"/>/<see cref="Why"/> and first/last seen and samples are the sFlow evidence between the two networks
/// (every detected state, both address families).
/// </summary>
public sealed record MatrixCell(
    int MemberIdA, int MemberIdB, PeeringKind Kind, DateTime? FirstSeen, DateTime? LastSeen, long Samples,
    DetectedSessionState? Detected = null, string? Why = null,
    PeeringTab Tab = PeeringTab.Potential, PeeringReason Reasons = PeeringReason.None, PeeringReason ReasonsFromB = PeeringReason.None)
{
    /// <summary>Tab and reasons as <paramref name="memberId"/>'s network sees the other one (what its peering manager shows).</summary>
    public (PeeringTab Tab, PeeringReason Reasons) ViewFrom(int memberId) =>
        memberId == MemberIdB ? (TabComputer.Place(ReasonsFromB), ReasonsFromB) : (Tab, Reasons);

    /// <summary>The matrix's colour for a set of reasons: bilateral when the peering manager files the pair under Peers for a bilateral reason.</summary>
    public static PeeringKind KindOf(PeeringReason reasons)
    {
        if ((reasons & PeeringReason.ManualRejected) != 0) return (reasons & PeeringReason.RouteServer) != 0 ? PeeringKind.RouteServer : PeeringKind.None;
        var rs = (reasons & PeeringReason.RouteServer) != 0 ? PeeringKind.RouteServer : PeeringKind.None;
        var bi = (reasons & (PeeringReason.DetectedBilateral | PeeringReason.ConfiguredSession | PeeringReason.ManualPeer)) != 0 ? PeeringKind.Bilateral : PeeringKind.None;
        return rs | bi;
    }
}
