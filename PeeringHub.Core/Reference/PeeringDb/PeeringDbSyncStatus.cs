namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Answer of <c>GET /api/peeringdb/sync</c>: live progress plus the stored per-endpoint state.</summary>
public sealed record PeeringDbSyncStatus(
    bool Running,
    string? CurrentEndpoint,
    int CompletedEndpoints,
    int TotalEndpoints,
    DateTime? LastSuccessfulSyncAt,
    IReadOnlyList<PdbSyncState> Endpoints,
    PeeringDbSyncResult? LastResult);
