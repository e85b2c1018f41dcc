namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>A generated peering LAN. <see cref="LanId"/> is the id the generator assumes (1-based, insertion order).</summary>
public sealed record GeneratedLan(int LanId, ushort Vlan, bool MatrixEnabled, string Ipv4Prefix, string Ipv6Prefix);
