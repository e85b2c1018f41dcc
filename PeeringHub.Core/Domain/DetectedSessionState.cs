namespace PeeringHub.Core.Domain;

/// <summary>
/// What sFlow says about a pair of peering-LAN addresses. Ordered by how much it tells: when several pairs join two members
/// (IPv4 and IPv6), the highest value is the one to show.
/// </summary>
public enum DetectedSessionState
{
    /// <summary>Every sample's header was cut before the TCP flags: the exchange's sampling hides what this pair does.</summary>
    Inconclusive = 1,
    /// <summary>TCP/179 seen (bare ACKs, SYNs, payload without a readable BGP marker, an OPEN) but no BGP session message yet.</summary>
    Unconfirmed = 2,
    /// <summary>Connections end in RST or a NOTIFICATION and no KEEPALIVE/UPDATE was seen: one side does not accept this peering.</summary>
    Refused = 3,
    /// <summary>BGP KEEPALIVE, UPDATE or ROUTE-REFRESH messages seen: something a refused connection cannot produce.</summary>
    Established = 4,
}
