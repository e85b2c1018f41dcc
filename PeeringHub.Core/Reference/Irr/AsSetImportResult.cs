namespace PeeringHub.Core.Reference.Irr;

/// <summary>Answer of <c>POST /api/as-sets/{name}/import</c>. <see cref="FromCache"/>: the stored expansion was younger than CacheTtl.</summary>
public sealed record AsSetImportResult(AsSetView AsSet, bool FromCache);
