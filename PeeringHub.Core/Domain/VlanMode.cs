namespace PeeringHub.Core.Domain;

/// <summary>How sFlow samples are matched to a peering LAN by their 802.1Q tag.</summary>
public enum VlanMode
{
    /// <summary>No VLAN check: any tag or none. Then the LAN's member addresses must be unique on the whole exchange.</summary>
    Any = 0,
    /// <summary>Samples tagged with the LAN's <see cref="PeeringLan.VlanId"/> (1–4094), from the frame's tag or the switch record.</summary>
    Tagged = 1,
    /// <summary>Samples without a tag, or where the switch reports VLAN 0 (access ports, pmacctd's sfprobe).</summary>
    Untagged = 2,
}
