namespace PeeringHub.Core.Domain;

/// <summary>An RPSL AS-SET with its expansion from an IRR.</summary>
public class AsSet : EntityBase
{
    /// <summary>RPSL name, e.g. AS-EXAMPLE or AS65000:AS-CUSTOMERS.</summary>
    public string Name { get; set; } = "";
    /// <summary>IRR source, e.g. RIPE; null = any configured source.</summary>
    public string? Source { get; set; }
    public List<long> MemberAsns { get; set; } = [];
    public List<string> Ipv4Prefixes { get; set; } = [];
    public List<string> Ipv6Prefixes { get; set; } = [];
    public DateTime? ValidatedAt { get; set; }
    public DateTime? ImportedAt { get; set; }
}
