namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>A generated member: one network on one LAN with an IPv4 and an IPv6 address.</summary>
public sealed record GeneratedMember(int MemberId, int LanId, long Asn, string Ipv4Address, string Ipv6Address, bool IsRouteServerClient);
