namespace PeeringHub.Core.Reference.Irr;

/// <summary>Answer of <c>GET /api/as-sets/{name}</c>: the stored AS-SET and its expansion.</summary>
public sealed record AsSetView(
    int Id,
    string Name,
    string? Source,
    IReadOnlyList<long> MemberAsns,
    IReadOnlyList<string> Ipv4Prefixes,
    IReadOnlyList<string> Ipv6Prefixes,
    DateTime? ValidatedAt,
    DateTime? ImportedAt);
