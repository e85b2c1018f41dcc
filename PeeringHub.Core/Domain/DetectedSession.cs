namespace PeeringHub.Core.Domain;

/// <summary>A pair of peering-LAN addresses seen exchanging TCP/179 in sFlow.</summary>
public class DetectedSession
{
    public long Id { get; set; }
    public int PeeringLanId { get; set; }
    public PeeringLan? PeeringLan { get; set; }
    public int AddressFamily { get; set; }
    /// <summary>The lower address of the pair (ordered so a pair has one row).</summary>
    public string AddressA { get; set; } = "";
    public string AddressB { get; set; } = "";
    public DateTime FirstSeen { get; set; }
    public DateTime LastSeen { get; set; }
    public long Samples { get; set; }
    /// <summary>Samples carrying TCP payload: evidence of BGP messages, not just a handshake.</summary>
    public long PayloadSamples { get; set; }
    /// <summary>Samples seen from B to A (A to B is <see cref="Samples"/> minus this).</summary>
    public long ReverseSamples { get; set; }
}
