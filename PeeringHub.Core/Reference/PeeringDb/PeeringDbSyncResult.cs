namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Answer of <c>POST /api/peeringdb/sync</c>: counts per object type, errors, and the link refresh that followed.</summary>
public sealed record PeeringDbSyncResult(
    bool Success,
    bool Incremental,
    DateTime StartedAt,
    DateTime FinishedAt,
    IReadOnlyList<PeeringDbEndpointResult> Endpoints,
    IReadOnlyList<string> Errors,
    PeeringDbLinkResult? Links);
