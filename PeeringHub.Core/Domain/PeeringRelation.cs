namespace PeeringHub.Core.Domain;

/// <summary>How a viewing network stands with another member on a peering LAN: manual mark, notes, requests.</summary>
public class PeeringRelation : EntityBase
{
    public int ViewingNetworkId { get; set; }
    public Network? ViewingNetwork { get; set; }
    public int PeerNetworkId { get; set; }
    public Network? PeerNetwork { get; set; }
    public int PeeringLanId { get; set; }
    public PeeringLan? PeeringLan { get; set; }
    public ManualMark Mark { get; set; }
    public string? Notes { get; set; }
    public DateTime? LastRequestSentAt { get; set; }
    public int RequestCount { get; set; }

    public List<PeeringRequest> Requests { get; set; } = [];
}
