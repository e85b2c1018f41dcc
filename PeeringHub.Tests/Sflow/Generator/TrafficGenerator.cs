using System.Net;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>
/// Generates an exchange's sFlow: members on LANs, BGP pairs of every category (see <see cref="TruthPair"/>), other
/// traffic, counter and discard samples, tagged/untagged/Q-in-Q frames, 128- and 64-byte headers, compact and expanded
/// samples, IPv4/IPv6 agents and jumbo datagrams, with the truth of what a correct collector must report.
/// </summary>
public sealed partial class TrafficGenerator(GeneratorOptions o)
{
    readonly Random _rng = new(o.Seed);
    readonly Truth _truth = new() { Seed = o.Seed };
    readonly List<SampleSpec> _flows = [];
    readonly Dictionary<string, GeneratedMember> _memberByAddress = [];
    readonly Dictionary<int, List<GeneratedMember>> _membersByLan = [];

    public GeneratedCapture Generate()
    {
        CreateLans();
        foreach (var lan in _truth.Lans)
            foreach (var af in new[] { 4, 6 })
                CreatePairs(lan, af);
        while (_flows.Count < o.FlowSamples) _flows.Add(OtherTraffic());
        Shuffle(_flows);
        foreach (var f in _flows) Account(f);
        var (datagrams, ordered) = Pack();
        return new GeneratedCapture(datagrams, ordered, _truth);
    }

    void CreateLans()
    {
        var id = 0;
        for (var i = 0; i <= o.MatrixLans; i++)
        {
            var lan = new GeneratedLan(i + 1, (ushort)(100 * (i + 1)), i < o.MatrixLans, $"185.{i + 1}.0.0/24", $"2001:7f8:{i + 1}::/64");
            _truth.Lans.Add(lan);
            for (var j = 0; j < o.MembersPerLan; j++)
            {
                var m = new GeneratedMember(++id, lan.LanId, 64512 + id, $"185.{i + 1}.0.{j + 1}", $"2001:7f8:{i + 1}::{j + 1:x}", _rng.NextDouble() < 0.7);
                _truth.Members.Add(m);
                _memberByAddress[m.Ipv4Address] = m;
                _memberByAddress[m.Ipv6Address] = m;
            }
            _membersByLan[lan.LanId] = _truth.Members.Where(m => m.LanId == lan.LanId).ToList();
        }
    }

    void CreatePairs(GeneratedLan lan, int af)
    {
        var members = _truth.Members.Where(m => m.LanId == lan.LanId).ToList();
        var used = new HashSet<(int, int)>();
        string[] categories = lan.MatrixEnabled
            ? af == 6 ? ["established", "unconfirmed", "refused", "inconclusive"] : ["established", "unconfirmed", "refused"]
            : ["nonmatrix"];
        foreach (var category in categories)
            for (var k = 0; k < o.PairsPerCategory; k++)
            {
                GeneratedMember x, y;
                do { x = members[_rng.Next(members.Count)]; y = members[_rng.Next(members.Count)]; }
                while (x == y || !used.Add((Math.Min(x.MemberId, y.MemberId), Math.Max(x.MemberId, y.MemberId))));
                var ax = IPAddress.Parse(af == 4 ? x.Ipv4Address : x.Ipv6Address);
                var ay = IPAddress.Parse(af == 4 ? y.Ipv4Address : y.Ipv6Address);
                if (IpAddressKey.From(ax).CompareTo(IpAddressKey.From(ay)) > 0) (ax, ay) = (ay, ax);
                _truth.Pairs.Add(new TruthPair(lan.LanId, af, ax.ToString(), ay.ToString(), category));
                AddPairSamples(lan, ax, ay, category);
            }
    }

    void AddPairSamples(GeneratedLan lan, IPAddress a, IPAddress b, string category)
    {
        // the speaker that opened the connection uses an ephemeral port towards 179
        var ephemeral = (ushort)_rng.Next(32768, 61000);
        FrameSpec Tcp(bool forward, byte flags, int payload, byte bgp = 0) => forward
            ? new FrameSpec(Tags(lan), a, b, 6, ephemeral, 179, flags, payload, BgpType: bgp)
            : new FrameSpec(Tags(lan), b, a, 6, 179, ephemeral, flags, payload, BgpType: bgp);
        const byte ack = FlowPacket.TcpAck, psh = FlowPacket.TcpPsh;
        const byte open = 1, update = 2, keepalive = 4;
        var n = _rng.Next(3, 9);
        switch (category)
        {
            case "established" or "nonmatrix":
                // one message is enough; the rest is what a session also sends: bare ACKs, keepalives, UPDATE continuation segments
                Add(lan, Tcp(_rng.Next(2) == 0, ack | psh, 19 + _rng.Next(4, 4000), update), 128);
                for (var i = 0; i < n; i++)
                    Add(lan, _rng.Next(3) switch
                    {
                        0 => Tcp(_rng.Next(2) == 0, ack, 0),
                        1 => Tcp(_rng.Next(2) == 0, ack | psh, 19, keepalive),
                        _ => Tcp(_rng.Next(2) == 0, ack, 1000), // the middle of a long UPDATE: payload, no marker
                    }, 128);
                break;
            case "unconfirmed":
                // bare ACKs both ways and nothing else: what IXP Manager's rule (and ours before) took for a session
                Add(lan, Tcp(true, ack, 0), 128);
                Add(lan, Tcp(false, ack, 0), 128);
                for (var i = 0; i < n; i++) Add(lan, Tcp(_rng.Next(2) == 0, ack, 0), 128);
                break;
            case "refused":
                // a peer without a matching protocol: the handshake completes, the initiator sends its OPEN, the other side resets
                Add(lan, Tcp(true, FlowPacket.TcpSyn, 0), 128);
                Add(lan, Tcp(false, FlowPacket.TcpSyn | ack, 0), 128);
                for (var i = 0; i < n; i++) Add(lan, Tcp(true, ack, 0), 128);
                Add(lan, Tcp(true, ack | psh, 61, open), 128);
                Add(lan, Tcp(false, FlowPacket.TcpRst | ack, 0), 128);
                Add(lan, Tcp(true, FlowPacket.TcpFin | ack, 0), 128);
                break;
            case "inconclusive":
                for (var i = 0; i < n; i++) Add(lan, Tcp(_rng.Next(2) == 0, ack | psh, 19, keepalive), 64);
                break;
        }
    }

    void Add(GeneratedLan lan, FrameSpec f, int headerBytes) => _flows.Add(Sample(lan, f, headerBytes));

    SampleSpec Sample(GeneratedLan? lan, FrameSpec f, int headerBytes)
    {
        // untagged frames get the VLAN from the extended switch record (sometimes "unknown"), as access-port agents do
        uint? switchVlan = f.Vlans.Length > 0 ? (_rng.Next(2) == 0 ? null : lan?.Vlan ?? 999)
            : _rng.Next(5) == 0 ? SflowFormat.UnknownVlan : lan?.Vlan ?? 999;
        return new SampleSpec(SampleKind.Flow, f, headerBytes, _rng.NextDouble() < o.ExpandedShare, switchVlan,
            UnknownRecord: _rng.Next(50) == 0, SamplingRate: (uint)(_rng.Next(2) == 0 ? 10000 : 2048));
    }

    ushort[] Tags(GeneratedLan lan) => _rng.Next(4) switch
    {
        0 => [],
        1 => [(ushort)(1000 + lan.LanId), lan.Vlan],
        _ => [lan.Vlan],
    };

    SampleSpec OtherTraffic()
    {
        var lan = _truth.Lans[_rng.Next(_truth.Lans.Count)];
        var members = _membersByLan[lan.LanId];
        var x = members[_rng.Next(members.Count)];
        var y = members[_rng.Next(members.Count)];
        var v6 = _rng.Next(3) == 0;
        var src = IPAddress.Parse(v6 ? x.Ipv6Address : x.Ipv4Address);
        var dst = IPAddress.Parse(v6 ? y.Ipv6Address : y.Ipv4Address);
        var header = _rng.Next(5) == 0 ? 64 : 128;
        var kind = _rng.Next(10);
        FrameSpec f = kind switch
        {
            // customer traffic crossing the IXP: outside addresses, any port
            < 4 => new FrameSpec(Tags(lan), v6 ? IPAddress.Parse($"2001:db8::{_rng.Next(1, 65535):x}") : IPAddress.Parse($"198.51.100.{_rng.Next(1, 255)}"),
                v6 ? IPAddress.Parse($"2001:db8:1::{_rng.Next(1, 65535):x}") : IPAddress.Parse($"203.0.113.{_rng.Next(1, 255)}"), 6,
                (ushort)_rng.Next(1024, 65535), 443, FlowPacket.TcpAck, _rng.Next(0, 1400), Ipv4OptionBytes: v6 ? 0 : _rng.Next(3) * 4 % 12),
            4 => new FrameSpec(Tags(lan), src, dst, 17, 53, (ushort)_rng.Next(1024, 65535), 0, 60),
            5 => new FrameSpec(Tags(lan), src, dst, v6 ? (byte)58 : (byte)1, 0, 0, 0, 56),
            6 => new FrameSpec(Tags(lan), src, dst, 6, (ushort)_rng.Next(1024, 65535), 22, FlowPacket.TcpAck, 100, Ipv6ExtensionHeaders: v6),
            7 => new FrameSpec(Tags(lan), src, dst, 6, 0, 0, 0, 1200, NonFirstFragment: true),
            // BGP with an outside address: a member's customer or a misconfigured speaker
            8 => new FrameSpec(Tags(lan), v6 ? IPAddress.Parse("2001:db8::179") : IPAddress.Parse("192.0.2.179"), dst, 6, 179, 40000, FlowPacket.TcpAck, 19),
            _ => new FrameSpec(Tags(lan), src, dst, 6, (ushort)_rng.Next(1024, 65535), 80, FlowPacket.TcpAck, _rng.Next(0, 1400)),
        };
        return Sample(lan, f, header);
    }

    void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
