namespace PeeringHub.Sflow.Matrix;

/// <summary>One unordered member pair (<see cref="MemberIdA"/> &lt; <see cref="MemberIdB"/>); first/last seen only when bilateral.</summary>
public sealed record MatrixCell(int MemberIdA, int MemberIdB, PeeringKind Kind, DateTime? FirstSeen, DateTime? LastSeen, long Samples);
