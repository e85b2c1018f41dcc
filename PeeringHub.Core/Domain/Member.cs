namespace PeeringHub.Core.Domain;

/// <summary>A network's connection to a peering LAN.</summary>
public class Member : EntityBase
{
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public int PeeringLanId { get; set; }
    public PeeringLan? PeeringLan { get; set; }
    public string? Ipv4Address { get; set; }
    public string? Ipv6Address { get; set; }
    public bool IsRouteServerClient { get; set; }
    /// <summary>Property names whose local value wins over imported reference data (PeeringDB, IX-F) — the per-field "keep my value".</summary>
    public List<string> KeepFields { get; set; } = [];
}
