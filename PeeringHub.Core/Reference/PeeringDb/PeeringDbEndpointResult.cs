namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Outcome of one endpoint in a sync or file import.</summary>
public sealed record PeeringDbEndpointResult(string Endpoint, int Upserted, int Deleted, string? Error);
