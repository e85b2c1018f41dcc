namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>net</c>: the fields our Network derives from.</summary>
public class PdbNet : PdbObject
{
    public int OrgId { get; set; }
    public long Asn { get; set; }
    public string Name { get; set; } = "";
    public string? IrrAsSet { get; set; }
    public int? InfoPrefixes4 { get; set; }
    public int? InfoPrefixes6 { get; set; }
    public string? PolicyGeneral { get; set; }
    public string? Website { get; set; }
}
