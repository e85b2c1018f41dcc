namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>Datagrams in send order, the flow samples in the order they appear in them, and the truth.</summary>
public sealed class GeneratedCapture(List<byte[]> datagrams, List<SampleSpec> flowSamples, Truth truth)
{
    public List<byte[]> Datagrams { get; } = datagrams;
    public List<SampleSpec> FlowSamples { get; } = flowSamples;
    public Truth Truth { get; } = truth;

    public void Save(string pcapPath, string truthPath)
    {
        PcapWriter.Write(pcapPath, Datagrams);
        Truth.Save(truthPath);
    }
}
