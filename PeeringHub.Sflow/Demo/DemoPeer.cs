using System.Net;

namespace PeeringHub.Sflow.Demo;

/// <summary>A member port of a demo LAN as the traffic plan needs it.</summary>
public sealed record DemoPeer(int NetworkId, long Asn, bool IsOurs, bool RouteServerClient, bool HasOurSession, IPAddress? Ipv4, IPAddress? Ipv6);
