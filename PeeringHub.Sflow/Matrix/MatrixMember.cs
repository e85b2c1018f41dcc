namespace PeeringHub.Sflow.Matrix;

/// <summary>A row/column of the matrix: a member with an address in the requested family.</summary>
public sealed record MatrixMember(int MemberId, int NetworkId, long Asn, string Name, string Address, bool IsRouteServerClient);
