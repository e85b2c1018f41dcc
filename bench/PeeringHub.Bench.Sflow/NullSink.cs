using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Bench.Sflow;

/// <summary>Counts samples and nothing else: separates decoding cost from detection cost.</summary>
internal struct NullSink : ISflowSampleSink
{
    public long Count;

    public void OnFlowSample(in FlowPacket packet) => Count++;
}
