using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;

namespace PeeringHub.Sflow.Collector;

/// <summary>
/// Decode + detect for one stream of datagrams. Single-threaded by design (the decoder's counters are single-writer):
/// the collector's receive thread, a benchmark or a test drives it. The aggregator may be read concurrently.
/// </summary>
public sealed class SflowPipeline(Func<MemberDirectory> directory, SessionAggregator aggregator)
{
    public SflowDecoder Decoder { get; } = new();
    public DetectionCounters Detection { get; } = new();
    public SessionAggregator Aggregator { get; } = aggregator;
    public MemberDirectory Directory => directory();

    public SflowPipeline(MemberDirectory directory) : this(() => directory, new SessionAggregator()) { }

    /// <summary>Decodes one datagram and feeds its BGP evidence, stamped <paramref name="now"/>, to the aggregator.</summary>
    public bool Process(ReadOnlySpan<byte> datagram, DateTime now)
    {
        var sink = new BgpDetectionSink(directory(), Aggregator, Detection) { Now = now };
        return Decoder.Decode(datagram, ref sink);
    }
}
