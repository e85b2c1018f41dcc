namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB <c>ixpfx</c>: a prefix of a peering LAN.</summary>
public class PdbIxPfx : PdbObject
{
    public int IxLanId { get; set; }
    /// <summary>"IPv4" or "IPv6".</summary>
    public string Protocol { get; set; } = "";
    public string Prefix { get; set; } = "";
}
