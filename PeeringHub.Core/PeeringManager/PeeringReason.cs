namespace PeeringHub.Core.PeeringManager;

/// <summary>Why a row sits in its tab; several can hold at once.</summary>
[Flags]
public enum PeeringReason
{
    None = 0,
    /// <summary>Both networks are route-server clients on the LAN.</summary>
    RouteServer = 1,
    /// <summary>A TCP/179 session between the two was seen in sFlow within the window.</summary>
    DetectedBilateral = 2,
    /// <summary>One of our configured sessions to the peer on this LAN is Established.</summary>
    ConfiguredSession = 4,
    ManualPeer = 8,
    ManualRejected = 16,
    /// <summary>sFlow shows one of them trying to peer and the other refusing (RST/NOTIFICATION, no session messages). Shown, does not move the row.</summary>
    DetectedRefused = 32,
    /// <summary>sFlow shows TCP/179 between them without proof of a session (bare ACKs, short headers). Shown, does not move the row.</summary>
    DetectedUnconfirmed = 64,
}
