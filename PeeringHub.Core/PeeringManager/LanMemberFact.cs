namespace PeeringHub.Core.PeeringManager;

/// <summary>One member port on the LAN, as the tab computation needs it (a network may have several).</summary>
public readonly record struct LanMemberFact(int NetworkId, string? Ipv4, string? Ipv6, bool RouteServerClient);
