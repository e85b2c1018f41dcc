using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;

namespace PeeringHub.Sflow.Collector;

/// <summary>
/// Decode + detect for one stream of datagrams. Single-threaded by design (the decoder's counters, the agent counters and the
/// pending ring are single-writer): the collector's receive thread, a benchmark or a test drives it. The aggregator may be
/// read concurrently. When the member directory is replaced, samples waiting for unknown addresses are replayed against it
/// on this thread before the next datagram.
/// </summary>
public sealed class SflowPipeline(Func<MemberDirectory> directory, SessionAggregator aggregator)
{
    MemberDirectory? _seen;

    public SflowDecoder Decoder { get; } = new();
    public DetectionCounters Detection { get; } = new();
    public SessionAggregator Aggregator { get; } = aggregator;
    public AgentTable Agents { get; } = new();
    public PendingEvidence Pending { get; } = new();
    public MemberDirectory Directory => directory();

    public SflowPipeline(MemberDirectory directory) : this(() => directory, new SessionAggregator()) { }

    /// <summary>Decodes one datagram of unknown origin (benchmarks, files): its agent statistics go under the address 0.0.0.0.</summary>
    public bool Process(ReadOnlySpan<byte> datagram, DateTime now) => Process(datagram, now, default);

    /// <summary>Decodes one datagram from <paramref name="sender"/> and feeds its BGP evidence, stamped <paramref name="now"/>, to the aggregator.</summary>
    public bool Process(ReadOnlySpan<byte> datagram, DateTime now, in IpAddressKey sender)
    {
        var current = directory();
        if (!ReferenceEquals(current, _seen))
        {
            if (_seen is not null) Pending.Replay(current, Aggregator, Detection, now);
            _seen = current;
        }
        var agent = Agents.Get(sender);
        agent.Datagrams++;
        agent.LastSeen = now;
        var sink = new BgpDetectionSink(current, Aggregator, Detection, Pending) { Now = now, Agent = agent };
        var counters = Decoder.Counters;
        var before = counters.FlowSamples + counters.ExpandedFlowSamples;
        var ok = Decoder.Decode(datagram, ref sink);
        agent.Add(sink.Tally, counters.FlowSamples + counters.ExpandedFlowSamples - before, Decoder.LastAgent, Decoder.LastSubAgentId);
        if (Decoder.LastDatagramError != SflowError.None) agent.Rejected[(int)Decoder.LastDatagramError]++;
        return ok;
    }

    /// <summary>Counts a datagram the allow-list refused, under its sender.</summary>
    public void NotAllowed(in IpAddressKey sender, DateTime now)
    {
        var agent = Agents.Get(sender);
        agent.NotAllowed++;
        agent.LastSeen = now;
    }
}
