namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// Receives each decoded flow sample. Implemented by structs and passed by <c>ref</c> as a generic argument,
/// so the JIT specialises and inlines the call: no interface dispatch or boxing per sample.
/// </summary>
public interface ISflowSampleSink
{
    void OnFlowSample(in FlowPacket packet);
}
