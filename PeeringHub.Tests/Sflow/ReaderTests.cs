using System.Net;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>The layer readers directly: fields, and the Read… twins throwing <see cref="SflowFormatException"/> with reason and offset.</summary>
[Trait("Kind", "Sflow")]
public class ReaderTests
{
    static byte[] OneSample(bool expanded, IPAddress? agent = null) =>
        new DatagramBuilder(agent ?? IPAddress.Parse("2001:db8::1"), 7).Build([new SampleSpec(SampleKind.Flow,
            new FrameSpec([100], IPAddress.Parse("185.1.0.1"), IPAddress.Parse("185.1.0.2"), 6, 50000, 179, 0x18, 19),
            Expanded: expanded, SamplingRate: 512, InputIf: 11, OutputIf: 12)]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Datagram_and_flow_sample_fields(bool expanded)
    {
        var r = new SflowDatagramReader(OneSample(expanded));
        r.ReadHeader();
        Assert.Equal(5u, r.Version);
        Assert.Equal("2001:db8::1", r.AgentAddress.ToString());
        Assert.Equal(7u, r.SubAgentId);
        Assert.Equal(1u, r.SequenceNumber);
        Assert.Equal(1u, r.SampleCount);
        var body = r.ReadSample(out var format);
        Assert.Equal(expanded ? SflowFormat.ExpandedFlowSample : SflowFormat.FlowSample, format);
        var s = new FlowSampleReader(body, expanded);
        s.ReadHeader();
        Assert.Equal((1u, 512u, 512u, 0u, 11u, 12u, 1u), (s.SequenceNumber, s.SamplingRate, s.SamplePool, s.Drops, s.InputInterface, s.OutputInterface, s.RecordCount));
        var record = s.ReadRecord(out var recordFormat);
        Assert.Equal(SflowFormat.RawPacketHeader, recordFormat);
        var p = new FlowPacket();
        p.Reset();
        new SampledHeaderReader(record).Read(ref p);
        Assert.Equal((179, 19, (byte)0x18), (p.DestinationPort, p.TcpPayloadLength, p.TcpFlags));
        Assert.False(r.TryReadSample(out _, out _, out var end));
        Assert.Equal(SflowError.None, end);
    }

    [Fact]
    public void Read_twins_throw_with_reason_and_offset()
    {
        var d = OneSample(false, IPAddress.Parse("192.0.2.1"));
        var e = Assert.Throws<SflowFormatException>(() => new SflowDatagramReader(d.AsSpan(0, 20)).ReadHeader());
        Assert.Equal(SflowError.TruncatedDatagramHeader, e.Error);

        var bad = (byte[])d.Clone();
        bad[3] = 4;
        Assert.Equal(SflowError.UnsupportedVersion, Assert.Throws<SflowFormatException>(() => new SflowDatagramReader(bad).ReadHeader()).Error);

        // cut inside the sample: the declared length overruns, reported at the sample's offset (28 for an IPv4 agent)
        e = Assert.Throws<SflowFormatException>(() =>
        {
            var r = new SflowDatagramReader(d.AsSpan(0, d.Length - 8));
            r.ReadHeader();
            r.ReadSample(out _);
        });
        Assert.Equal((SflowError.SampleOverrun, 28), (e.Error, e.Offset));

        e = Assert.Throws<SflowFormatException>(() => new SampledHeaderReader(new byte[12]).Read(ref Unsafe()));
        Assert.Equal(SflowError.TruncatedRecord, e.Error);
        Assert.Contains("TruncatedRecord", e.Message);
    }

    static FlowPacket _scratch;
    static ref FlowPacket Unsafe() => ref _scratch;
}
