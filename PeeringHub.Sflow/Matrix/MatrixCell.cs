using PeeringHub.Core.Domain;

namespace PeeringHub.Sflow.Matrix;

/// <summary>
/// One unordered member pair (<see cref="MemberIdA"/> &lt; <see cref="MemberIdB"/>). <see cref="Kind"/> counts only an
/// established detection as bilateral; <see cref="Detected"/> tells the other states apart (refused, unconfirmed,
/// inconclusive) with <see cref="Why"/>. First/last seen and samples cover every detected pair of the two members.
/// </summary>
public sealed record MatrixCell(
    int MemberIdA, int MemberIdB, PeeringKind Kind, DateTime? FirstSeen, DateTime? LastSeen, long Samples,
    DetectedSessionState? Detected = null, string? Why = null);
