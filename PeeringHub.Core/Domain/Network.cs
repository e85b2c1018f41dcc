namespace PeeringHub.Core.Domain;

/// <summary>An autonomous system: ours (we run routers for it) or a peer.</summary>
public class Network : EntityBase
{
    public long Asn { get; set; }
    public string Name { get; set; } = "";
    public bool IsOurs { get; set; }
    public string? IrrAsSet { get; set; }
    public int? PeeringDbId { get; set; }
    public string? PeeringPolicy { get; set; }
    public string? Website { get; set; }
    public string? NocEmail { get; set; }
    public string? PeeringEmail { get; set; }
    public string? PolicyEmail { get; set; }
    public int? MaxPrefixV4 { get; set; }
    public int? MaxPrefixV6 { get; set; }
    public string? Notes { get; set; }

    /// <summary>Property names whose local value wins over imported reference data (PeeringDB, IX-F) — the per-field "keep my value".</summary>
    public List<string> KeepFields { get; set; } = [];

    public List<Member> Memberships { get; set; } = [];
}
