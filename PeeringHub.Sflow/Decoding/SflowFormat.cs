namespace PeeringHub.Sflow.Decoding;

/// <summary>sFlow v5 data-format numbers (enterprise 0) that the decoder understands; <c>format = enterprise &lt;&lt; 12 | number</c>.</summary>
public static class SflowFormat
{
    public const uint FlowSample = 1;
    public const uint CounterSample = 2;
    public const uint ExpandedFlowSample = 3;
    public const uint ExpandedCounterSample = 4;
    public const uint DiscardedPacket = 5;

    public const uint RawPacketHeader = 1;
    public const uint SampledIpv4 = 3;
    public const uint SampledIpv6 = 4;
    public const uint ExtendedSwitch = 1001;

    public const uint HeaderProtocolEthernet = 1;
    public const uint HeaderProtocolIpv4 = 11;
    public const uint HeaderProtocolIpv6 = 12;

    /// <summary>Extended switch VLAN value meaning "unknown".</summary>
    public const uint UnknownVlan = 0xFFFFFFFF;
}
