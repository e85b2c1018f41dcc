using System.Net;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>Shared helpers: cached generated captures and a member directory built from a truth file.</summary>
public static class SflowTestData
{
    static readonly Lazy<GeneratedCapture> Standard = new(() => new TrafficGenerator(new GeneratorOptions { Seed = 42, FlowSamples = 30_000 }).Generate());

    public static GeneratedCapture StandardCapture => Standard.Value;

    public static MemberDirectory Directory(Truth truth)
    {
        var matrixLans = truth.Lans.Where(l => l.MatrixEnabled).ToDictionary(l => l.LanId);
        var entries = new List<DirectoryEntry>();
        foreach (var m in truth.Members.Where(m => matrixLans.ContainsKey(m.LanId)))
        {
            var e = new MemberEndpoint(m.LanId, m.MemberId, m.MemberId);
            int vlan = matrixLans[m.LanId].Vlan; // 0: untagged
            entries.Add(new(IpAddressKey.Parse(m.Ipv4Address), vlan, e));
            entries.Add(new(IpAddressKey.Parse(m.Ipv6Address), vlan, e));
        }
        return new MemberDirectory(entries);
    }

    public static string AkvoradoDir => "/work/shared/data/sflow/akvorado";

    public static IPAddress Ip(IpAddressKey k) => k.ToIPAddress();
}
