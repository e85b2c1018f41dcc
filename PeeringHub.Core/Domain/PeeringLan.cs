namespace PeeringHub.Core.Domain;

/// <summary>A VLAN of an exchange with its IPv4/IPv6 prefixes.</summary>
public class PeeringLan : EntityBase
{
    public int ExchangeId { get; set; }
    public Exchange? Exchange { get; set; }
    public string Name { get; set; } = "";
    public int? VlanId { get; set; }
    /// <summary>CIDR, e.g. 185.1.0.0/24.</summary>
    public string? Ipv4Prefix { get; set; }
    /// <summary>CIDR, e.g. 2001:7f8:ffff::/64.</summary>
    public string? Ipv6Prefix { get; set; }
    /// <summary>Included in the peering manager.</summary>
    public bool PeeringManagerEnabled { get; set; }
    /// <summary>Shown in the peering matrix.</summary>
    public bool PeeringMatrixEnabled { get; set; }

    /// <summary>PeeringDB ixlan id this LAN mirrors; members refresh from its netixlan records.</summary>
    public int? PeeringDbIxLanId { get; set; }

    public List<Member> Members { get; set; } = [];
}
