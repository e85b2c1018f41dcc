namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>ix</c>.</summary>
public class PdbIx : PdbObject
{
    public int OrgId { get; set; }
    public string Name { get; set; } = "";
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Website { get; set; }
}
