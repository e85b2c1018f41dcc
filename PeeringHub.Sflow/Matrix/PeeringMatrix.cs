namespace PeeringHub.Sflow.Matrix;

/// <summary>
/// The peering matrix of one LAN and address family. <see cref="Cells"/> holds every unordered pair of distinct members,
/// kind None included, so a page can render without gaps; <see cref="Get"/> looks one up in either order.
/// </summary>
public sealed class PeeringMatrix(int peeringLanId, int addressFamily, IReadOnlyList<MatrixMember> members, IReadOnlyList<MatrixCell> cells)
{
    readonly Dictionary<(int, int), MatrixCell> _byPair = cells.ToDictionary(c => (c.MemberIdA, c.MemberIdB));

    public int PeeringLanId { get; } = peeringLanId;
    public int AddressFamily { get; } = addressFamily;
    public IReadOnlyList<MatrixMember> Members { get; } = members;
    public IReadOnlyList<MatrixCell> Cells { get; } = cells;

    public MatrixCell? Get(int memberId1, int memberId2) =>
        _byPair.GetValueOrDefault(memberId1 < memberId2 ? (memberId1, memberId2) : (memberId2, memberId1));

    public int Count(PeeringKind kind) => Cells.Count(c => c.Kind == kind);
}
