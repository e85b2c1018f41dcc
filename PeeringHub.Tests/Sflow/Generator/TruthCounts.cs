namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>Counts the decoder and detector must report for a generated capture.</summary>
public sealed class TruthCounts
{
    public long Datagrams { get; set; }
    public long JumboDatagrams { get; set; }
    public long FlowSamples { get; set; }
    public long ExpandedFlowSamples { get; set; }
    public long CounterSamples { get; set; }
    public long DiscardSamples { get; set; }
    public long UnknownRecords { get; set; }
    public long EvidenceSamples { get; set; }
    public long SessionMessageSamples { get; set; }
    public long SelfPairSamples { get; set; }
    public long ControlSamples { get; set; }
    public long InconclusiveSamples { get; set; }
    public long NonMemberBgpSamples { get; set; }
    public long TaggedSamples { get; set; }
    public long QinQSamples { get; set; }
    public long Ipv6Samples { get; set; }
    public long ShortHeaderSamples { get; set; }
}
