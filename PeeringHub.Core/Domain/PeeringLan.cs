namespace PeeringHub.Core.Domain;

/// <summary>A VLAN of an exchange with its IPv4/IPv6 prefixes.</summary>
public class PeeringLan : EntityBase
{
    public int ExchangeId { get; set; }
    public Exchange? Exchange { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The 802.1Q VLAN (1–4094); when set the LAN is Tagged whatever <see cref="VlanMode"/> says.</summary>
    public int? VlanId { get; set; }
    /// <summary>Untagged or Any when <see cref="VlanId"/> is empty (stored); read <see cref="EffectiveVlanMode"/>.</summary>
    public VlanMode VlanMode { get; set; }
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

    /// <summary>Tagged when a VLAN id is set (importers set only the id), else the stored Untagged/Any.</summary>
    public VlanMode EffectiveVlanMode => VlanId is not null ? VlanMode.Tagged : VlanMode == VlanMode.Untagged ? VlanMode.Untagged : VlanMode.Any;

    /// <summary>The VLAN key sFlow detection uses: the tag for Tagged, 0 for Untagged, null for Any (no check).</summary>
    public int? DetectionVlan => DetectionVlanOf(VlanId, VlanMode);

    /// <summary>Same as <see cref="DetectionVlan"/> for values read by a query projection.</summary>
    public static int? DetectionVlanOf(int? vlanId, VlanMode mode) => vlanId ?? (mode == VlanMode.Untagged ? 0 : null);

    /// <summary>
    /// Whether sFlow samples of two LANs could be confused: one of them takes any VLAN, or both use the same key.
    /// The same member address may sit on two LANs of an exchange only when this is false.
    /// </summary>
    public static bool DetectionVlansOverlap(int? a, int? b) => a is null || b is null || a == b;
}
