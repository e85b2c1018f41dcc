namespace PeeringHub.Core.Domain;

/// <summary>An Internet exchange point with its peering LANs.</summary>
public class Exchange : EntityBase
{
    public string Name { get; set; } = "";
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Website { get; set; }
    public int? PeeringDbId { get; set; }

    /// <summary>Property names whose local value wins over imported reference data (PeeringDB, IX-F) — the per-field "keep my value".</summary>
    public List<string> KeepFields { get; set; } = [];

    public List<PeeringLan> Lans { get; set; } = [];
}
