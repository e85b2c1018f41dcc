using System.Buffers.Binary;

namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// Walks whole sFlow v5 datagrams with the layer readers, hands every well-formed flow sample to a sink and counts
/// everything else. One instance per decoding thread (counters are single-writer). Malformed parts are dropped at the
/// smallest unit the format allows: a bad sample loses only itself because its length is known.
/// </summary>
public sealed class SflowDecoder
{
    public SflowCounters Counters { get; } = new();

    /// <summary>Why the last datagram was rejected or cut short (None when it decoded cleanly): for per-agent statistics.</summary>
    public SflowError LastDatagramError { get; private set; }
    /// <summary>Agent address and sub-agent of the last datagram whose header was read.</summary>
    public IpAddressKey LastAgent { get; private set; }
    public uint LastSubAgentId { get; private set; }

    /// <summary>Decodes one datagram; false when its header was rejected.</summary>
    public bool Decode<TSink>(ReadOnlySpan<byte> datagram, ref TSink sink) where TSink : struct, ISflowSampleSink
    {
        var c = Counters;
        c.Datagrams++;
        var reader = new SflowDatagramReader(datagram);
        if (!reader.TryReadHeader(out var error))
        {
            c.DatagramsRejected++;
            c.Fail(error);
            LastDatagramError = error;
            return false;
        }
        LastDatagramError = SflowError.None;
        LastAgent = reader.AgentAddress;
        LastSubAgentId = reader.SubAgentId;
        c.DatagramsAccepted++;
        var packet = new FlowPacket { Agent = reader.AgentAddress, SubAgentId = reader.SubAgentId };
        while (reader.TryReadSample(out var format, out var body, out error))
        {
            c.SampleEntries++;
            // flow samples, compact (1) or expanded (3), first and with one branch: agents mix both formats at random, and a
            // switch dispatching on the two separately mispredicts
            if ((format | 2) == 3)
            {
                DecodeFlowSample(body, format == SflowFormat.ExpandedFlowSample, ref packet, ref sink);
                continue;
            }
            switch (format)
            {
                case SflowFormat.CounterSample:
                case SflowFormat.ExpandedCounterSample:
                    DecodeCounterSample(body, format == SflowFormat.ExpandedCounterSample);
                    break;
                case SflowFormat.DiscardedPacket: c.DiscardSamples++; break;
                default: c.UnknownSamples++; break;
            }
        }
        if (error != SflowError.None) { c.DatagramsTruncated++; c.Fail(error); LastDatagramError = error; }
        else if (reader.TrailingBytes > 0) { c.DatagramsWithTrailingBytes++; c.Fail(SflowError.TrailingBytes); LastDatagramError = SflowError.TrailingBytes; }
        return true;
    }

    void DecodeFlowSample<TSink>(ReadOnlySpan<byte> body, bool expanded, ref FlowPacket packet, ref TSink sink)
        where TSink : struct, ISflowSampleSink
    {
        var sample = new FlowSampleReader(body, expanded);
        if (!sample.TryReadHeader(out var error)) { SampleFailed(error); return; }
        packet.Reset();
        packet.Expanded = expanded;
        packet.SamplingRate = sample.SamplingRate;
        packet.InputInterface = sample.InputInterface;
        packet.OutputInterface = sample.OutputInterface;
        var switchVlan = SflowFormat.UnknownVlan;
        var sawSwitch = false;
        while (sample.TryReadRecord(out var format, out var record, out error))
        {
            switch (format)
            {
                case SflowFormat.RawPacketHeader:
                    if (!new SampledHeaderReader(record).TryRead(ref packet, out error)) { SampleFailed(error); return; }
                    break;
                case SflowFormat.SampledIpv4:
                    if (record.Length < 32) { SampleFailed(SflowError.TruncatedRecord); return; }
                    if (packet.AddressFamily == 0) ReadSampledIp(record, 4, ref packet);
                    break;
                case SflowFormat.SampledIpv6:
                    if (record.Length < 56) { SampleFailed(SflowError.TruncatedRecord); return; }
                    if (packet.AddressFamily == 0) ReadSampledIp(record, 16, ref packet);
                    break;
                case SflowFormat.ExtendedSwitch:
                    if (record.Length < 16) { SampleFailed(SflowError.TruncatedRecord); return; }
                    switchVlan = BinaryPrimitives.ReadUInt32BigEndian(record);
                    sawSwitch = true;
                    break;
                default: Counters.UnknownRecords++; break;
            }
        }
        if (error != SflowError.None) { SampleFailed(error); return; }
        // the header's own tag wins; the switch record is the fallback when the agent strips tags. Only 1..4094 are VLANs:
        // 0 means untagged/priority-tagged (pmacctd's sfprobe always writes 0), 4095 is reserved, 0xFFFFFFFF is "unknown"
        if (!packet.HasVlan && switchVlan is >= 1 and <= 4094) { packet.Vlan = (ushort)switchVlan; packet.HasVlan = true; }
        else if (!packet.HasVlan && switchVlan == SflowFormat.UnknownVlan && sawSwitch) packet.VlanUnknown = true;
        // without a branch on the format (see Decode)
        var e = expanded ? 1 : 0;
        Counters.ExpandedFlowSamples += e;
        Counters.FlowSamples += 1 - e;
        sink.OnFlowSample(in packet);
    }

    /// <summary>sFlow "sampled_ipv4"/"sampled_ipv6": used only when no raw header gave the addresses.</summary>
    static void ReadSampledIp(ReadOnlySpan<byte> r, int addrLen, ref FlowPacket p)
    {
        p.AddressFamily = (byte)(addrLen == 4 ? 4 : 6);
        p.Protocol = (byte)BinaryPrimitives.ReadUInt32BigEndian(r[4..]);
        p.HasProtocol = true;
        p.Source = addrLen == 4 ? IpAddressKey.FromIpv4(r[8..]) : IpAddressKey.FromIpv6(r[8..]);
        p.Destination = addrLen == 4 ? IpAddressKey.FromIpv4(r[12..]) : IpAddressKey.FromIpv6(r[24..]);
        var o = 8 + 2 * addrLen;
        if (p.Protocol is 6 or 17)
        {
            p.SourcePort = (ushort)BinaryPrimitives.ReadUInt32BigEndian(r[o..]);
            p.DestinationPort = (ushort)BinaryPrimitives.ReadUInt32BigEndian(r[(o + 4)..]);
            p.HasPorts = true;
        }
        if (p.Protocol == 6) { p.TcpFlags = (byte)BinaryPrimitives.ReadUInt32BigEndian(r[(o + 8)..]); p.HasTcpFlags = true; }
    }

    void DecodeCounterSample(ReadOnlySpan<byte> body, bool expanded)
    {
        var sample = new CounterSampleReader(body, expanded);
        if (!sample.TryReadHeader(out var error)) { SampleFailed(error); return; }
        while (sample.TryReadRecord(out _, out _, out error)) { }
        if (error != SflowError.None) { SampleFailed(error); return; }
        Counters.CounterSamples++;
    }

    void SampleFailed(SflowError error)
    {
        Counters.MalformedSamples++;
        Counters.Fail(error);
        if (LastDatagramError == SflowError.None) LastDatagramError = error;
    }
}
