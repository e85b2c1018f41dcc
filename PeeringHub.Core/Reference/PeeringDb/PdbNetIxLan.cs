namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>netixlan</c>: a network's presence on a peering LAN.</summary>
public class PdbNetIxLan : PdbObject
{
    public int NetId { get; set; }
    public int IxId { get; set; }
    public int IxLanId { get; set; }
    public long Asn { get; set; }
    public string? Ipaddr4 { get; set; }
    public string? Ipaddr6 { get; set; }
    public bool IsRsPeer { get; set; }
    public int Speed { get; set; }
}
