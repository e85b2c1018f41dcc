using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>A member address as sFlow detection keys it on LANs told apart by VLAN: (VLAN, address); VLAN 0 = untagged.</summary>
public readonly record struct VlanAddress(ushort Vlan, IpAddressKey Address)
{
    public override int GetHashCode() => Address.GetHashCode() ^ (Vlan * 40503);
}
