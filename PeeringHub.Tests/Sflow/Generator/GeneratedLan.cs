namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>
/// A generated peering LAN. <see cref="LanId"/> is the id the generator assumes (1-based, insertion order).
/// <see cref="Vlan"/> 0 means an untagged LAN (the switch reports no VLAN or VLAN 0).
/// </summary>
public sealed record GeneratedLan(int LanId, ushort Vlan, bool MatrixEnabled, string Ipv4Prefix, string Ipv6Prefix);
