namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>org</c>.</summary>
public class PdbOrg : PdbObject
{
    public string Name { get; set; } = "";
    public string? Website { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
}
