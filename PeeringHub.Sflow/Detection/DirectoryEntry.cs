using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>One member address for building a <see cref="MemberDirectory"/>: its LAN's detection VLAN (null = any VLAN, 0 = untagged).</summary>
public readonly record struct DirectoryEntry(IpAddressKey Address, int? Vlan, MemberEndpoint Endpoint);
