namespace PeeringHub.Core.Reference.Ixf;

/// <summary>A VLAN of <c>ixp_list[].vlan[]</c>, prefixes as CIDR.</summary>
public sealed record IxfVlan(int? Id, string? Name, string? Ipv4Prefix, string? Ipv6Prefix);
