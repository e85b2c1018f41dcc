namespace PeeringHub.Core.Domain;

/// <summary>A group of sessions on one router (BIRD template, FRR peer-group).</summary>
public class PeerGroup : EntityBase
{
    public int RouterId { get; set; }
    public Router? Router { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? ImportPolicy { get; set; }
    public string? ExportPolicy { get; set; }
}
