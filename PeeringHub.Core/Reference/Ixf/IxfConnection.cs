namespace PeeringHub.Core.Reference.Ixf;

/// <summary>
/// One <c>member_list[].connection_list[].vlan_list[]</c> entry flattened with its connection's <c>ixp_id</c>:
/// what becomes one Member row. <see cref="RouteServer"/> is true when either family peers with the route servers.
/// </summary>
public sealed record IxfConnection(int IxpId, int? VlanId, string? Ipv4Address, string? Ipv6Address, bool RouteServer,
    int? MaxPrefixV4, int? MaxPrefixV6, string? AsMacro);
