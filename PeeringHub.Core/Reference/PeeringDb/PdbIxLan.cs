namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>ixlan</c>: one peering LAN of an exchange.</summary>
public class PdbIxLan : PdbObject
{
    public int IxId { get; set; }
    public string? Name { get; set; }
    public int? Mtu { get; set; }
}
