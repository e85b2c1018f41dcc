using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Tests.Sflow;

/// <summary>Test sink that keeps a copy of every decoded flow sample.</summary>
public struct RecordingSink() : ISflowSampleSink
{
    public List<FlowPacket> Packets { get; } = [];

    public void OnFlowSample(in FlowPacket packet) => Packets.Add(packet);
}
