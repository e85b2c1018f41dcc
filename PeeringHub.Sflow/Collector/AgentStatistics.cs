using System.Runtime.CompilerServices;
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
    internal long Datagrams, Samples, BgpSamples, TaggedSamples, QinQSamples, Ipv6Samples, InconclusiveSamples, NotAllowed;
    internal uint SamplingRate;
    internal DateTime LastSeen;
    internal readonly long[] Rejected = new long[Enum.GetValues<SflowError>().Length];
    /// <summary>
    /// Lengths of headers the agent cut (shorter than the frame), among its TCP/179 samples: the sampled-header size
    /// configured on the switch. Tags and IPv6 are counted among the same samples.
    /// </summary>
    internal readonly int[] HeaderLengths = new int[HeaderSlots];
    internal readonly long[] HeaderCounts = new long[HeaderSlots];

    /// <summary>Adds one datagram's tallies (called once per datagram by the pipeline).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(in Detection.AgentTally t, long samples, in IpAddressKey agentAddress, uint subAgentId)
    {
        if (samples == 0) return;
        Samples += samples;
        BgpSamples += t.Bgp;
        SamplingRate = t.SamplingRate;
        LastAgentAddress = agentAddress;
        LastSubAgentId = subAgentId;
        TaggedSamples += t.Tagged;
        QinQSamples += t.QinQ;
        Ipv6Samples += t.Ipv6;
        InconclusiveSamples += t.Inconclusive;
        if (t.Cut > 0) CountHeaderLength(t.CutLength, t.Cut);
    }

    void CountHeaderLength(int length, long count)
    {
        for (var i = 0; i < HeaderSlots; i++)
        {
            if (HeaderLengths[i] == length) { HeaderCounts[i] += count; return; }
            if (HeaderCounts[i] == 0) { HeaderLengths[i] = length; HeaderCounts[i] = count; return; }
        }
        // more distinct cut lengths than slots: an agent that cuts at varying points; the first ones are enough to advise
    }
}
