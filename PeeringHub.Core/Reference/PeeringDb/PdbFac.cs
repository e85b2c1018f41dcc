namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>fac</c>: a colocation facility.</summary>
public class PdbFac : PdbObject
{
    public int OrgId { get; set; }
    public string Name { get; set; } = "";
    public string? City { get; set; }
    public string? Country { get; set; }
}
