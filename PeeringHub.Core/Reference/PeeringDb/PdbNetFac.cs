namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>netfac</c>: a network's presence in a facility.</summary>
public class PdbNetFac : PdbObject
{
    public int NetId { get; set; }
    public int FacId { get; set; }
    public long LocalAsn { get; set; }
}
