namespace PeeringHub.Sflow.Detection;

/// <summary>
/// What one datagram's flow samples said about their agent, counted by <see cref="BgpDetectionSink"/>. Header cuts are kept
/// as "the last cut length and how many samples were cut": one agent cuts at one configured length.
/// </summary>
public struct AgentTally
{
    /// <summary>TCP/179 samples (or cut before the ports); tags, IPv6 and cuts are counted among them.</summary>
    public long Bgp, Tagged, QinQ, Ipv6, Inconclusive, Cut;
    public uint SamplingRate;
    public int CutLength;
}
