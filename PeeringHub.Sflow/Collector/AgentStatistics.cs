using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Collector;

/// <summary>
/// Live counters of one agent (a switch, identified by the UDP source address). Written by the decoding thread with plain
/// increments, read by <see cref="AgentTable.Snapshot"/> (a torn read of a counter is harmless).
/// </summary>
public sealed class AgentStatistics(IpAddressKey sender)
{
    const int HeaderSlots = 6;

    public IpAddressKey Sender { get; } = sender;
    internal IpAddressKey LastAgentAddress;
    internal uint LastSubAgentId;
    internal long Datagrams, Samples, TaggedSamples, QinQSamples, Ipv6Samples, InconclusiveSamples, NotAllowed;
    internal uint SamplingRate;
    internal DateTime LastSeen;
    internal readonly long[] Rejected = new long[Enum.GetValues<SflowError>().Length];
    /// <summary>Lengths of headers the agent cut (shorter than the frame): the sampled-header size configured on the switch.</summary>
    internal readonly int[] HeaderLengths = new int[HeaderSlots];
    internal readonly long[] HeaderCounts = new long[HeaderSlots];

    internal void OnSample(in FlowPacket p)
    {
        Samples++;
        SamplingRate = p.SamplingRate;
        LastAgentAddress = p.Agent;
        LastSubAgentId = p.SubAgentId;
        if (p.VlanTagCount > 0) TaggedSamples++;
        if (p.VlanTagCount > 1) QinQSamples++;
        if (p.AddressFamily == 6) Ipv6Samples++;
        // frame_length counts the FCS (4 bytes) that the captured header never has
        if (p.HasHeader && p.HeaderLength + 4 < p.FrameLength) CountHeaderLength(p.HeaderLength);
    }

    void CountHeaderLength(int length)
    {
        for (var i = 0; i < HeaderSlots; i++)
        {
            if (HeaderLengths[i] == length) { HeaderCounts[i]++; return; }
            if (HeaderCounts[i] == 0) { HeaderLengths[i] = length; HeaderCounts[i] = 1; return; }
        }
        // more distinct cut lengths than slots: an agent that cuts at varying points; the first ones are enough to advise
    }
}
