using System.Net;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>Encodes sFlow v5 datagrams from <see cref="SampleSpec"/>s, as an agent would.</summary>
public sealed class DatagramBuilder(IPAddress agent, uint subAgent = 0)
{
    readonly XdrWriter _w = new();
    readonly byte[] _frame = new byte[256];
    uint _sequence, _sampleSequence;

    public byte[] Build(IReadOnlyList<SampleSpec> samples, uint uptime = 1000)
    {
        _w.Clear();
        _w.U32(5);
        var a = agent.GetAddressBytes();
        _w.U32(a.Length == 4 ? 1u : 2u);
        _w.Bytes(a);
        _w.U32(subAgent);
        _w.U32(++_sequence);
        _w.U32(uptime);
        _w.U32((uint)samples.Count);
        foreach (var s in samples) WriteSample(s);
        return _w.ToArray();
    }

    void WriteSample(SampleSpec s)
    {
        switch (s.Kind)
        {
            case SampleKind.Flow: WriteFlow(s); break;
            case SampleKind.Counter: WriteCounter(s); break;
            default:
                _w.U32(SflowFormat.DiscardedPacket);
                var d = _w.BeginLength();
                _w.U32(++_sampleSequence); _w.U32(3); _w.U32(1); _w.U32(3); _w.U32(0x40000000); _w.U32(258); _w.U32(0);
                _w.EndLength(d);
                break;
        }
    }

    void WriteFlow(SampleSpec s)
    {
        _w.U32(s.Expanded ? SflowFormat.ExpandedFlowSample : SflowFormat.FlowSample);
        var body = _w.BeginLength();
        _w.U32(++_sampleSequence);
        if (s.Expanded) { _w.U32(0); _w.U32(s.InputIf); } else _w.U32(s.InputIf);
        _w.U32(s.SamplingRate);
        _w.U32(_sampleSequence * s.SamplingRate);
        _w.U32(0);
        if (s.Expanded) { _w.U32(0); _w.U32(s.InputIf); _w.U32(0); _w.U32(s.OutputIf); }
        else { _w.U32(s.InputIf); _w.U32(s.OutputIf); }
        var records = 1 + (s.SwitchVlan is null ? 0 : 1) + (s.UnknownRecord ? 1 : 0);
        _w.U32((uint)records);
        // raw packet header
        _w.U32(SflowFormat.RawPacketHeader);
        var r = _w.BeginLength();
        var n = FrameBuilder.Write(s.Frame!, _frame, s.HeaderBytes);
        _w.U32(SflowFormat.HeaderProtocolEthernet);
        _w.U32((uint)s.Frame!.FrameLength);
        _w.U32((uint)(s.Frame.FrameLength - n));
        _w.Opaque(_frame.AsSpan(0, n));
        _w.EndLength(r);
        if (s.UnknownRecord)
        {
            _w.U32(4413u << 12 | 7); // a vendor record the decoder must skip by length
            var u = _w.BeginLength();
            _w.U32(0xdeadbeef); _w.U32(42);
            _w.EndLength(u);
        }
        if (s.SwitchVlan is { } vlan)
        {
            _w.U32(SflowFormat.ExtendedSwitch);
            var x = _w.BeginLength();
            _w.U32(vlan); _w.U32(0); _w.U32(vlan); _w.U32(0);
            _w.EndLength(x);
        }
        _w.EndLength(body);
    }

    void WriteCounter(SampleSpec s)
    {
        _w.U32(s.Expanded ? SflowFormat.ExpandedCounterSample : SflowFormat.CounterSample);
        var body = _w.BeginLength();
        _w.U32(++_sampleSequence);
        if (s.Expanded) { _w.U32(0); _w.U32(s.InputIf); } else _w.U32(s.InputIf);
        _w.U32(1);
        _w.U32(1); // generic interface counters, 88 bytes
        var r = _w.BeginLength();
        for (var i = 0; i < 22; i++) _w.U32((uint)i);
        _w.EndLength(r);
        _w.EndLength(body);
    }
}
