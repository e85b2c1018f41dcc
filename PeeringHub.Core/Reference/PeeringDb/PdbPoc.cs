namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>poc</c>: a network contact (only visible with an API key unless public).</summary>
public class PdbPoc : PdbObject
{
    public int NetId { get; set; }
    /// <summary>Abuse, Maintenance, Policy, Technical, NOC, Public Relations, Sales.</summary>
    public string Role { get; set; } = "";
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Visible { get; set; }
}
