namespace PeeringHub.Core.Domain;

/// <summary>A peering-request e-mail sent (or marked as sent) for a relation.</summary>
public class PeeringRequest
{
    public int Id { get; set; }
    public int PeeringRelationId { get; set; }
    public PeeringRelation? PeeringRelation { get; set; }
    public DateTime SentAt { get; set; }
    public string SentBy { get; set; } = "";
    public string To { get; set; } = "";
    public string? Cc { get; set; }
    public string Subject { get; set; } = "";
    public bool MarkedOnly { get; set; }
    public bool TestMode { get; set; }
}
