using System.Net;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;

namespace PeeringHub.Tests.Sflow;

/// <summary>
/// How the directory resolves a sample's two ends. Non-member ends take a fast exit (a bit filter over all member addresses)
/// that must give the same answers as the exact lookups, whichever end is the outsider.
/// </summary>
[Trait("Kind", "Sflow")]
public class MemberDirectoryTests
{
    static readonly IpAddressKey A = K("185.1.0.1"), B = K("185.1.0.2"), C = K("185.2.0.3"), Amb = K("185.1.0.9"), Out = K("192.0.2.179");
    static readonly IpAddressKey A6 = K("2001:7f8:1::1"), B6 = K("2001:7f8:1::2"), Out6 = K("2001:db8::179");

    static IpAddressKey K(string ip) => IpAddressKey.From(IPAddress.Parse(ip));
    static DirectoryEntry E(IpAddressKey a, int? vlan, int lan, int member) => new(a, vlan, new MemberEndpoint(lan, member, member));

    // LAN 1 on VLAN 10 (A, B, A6, B6), LAN 2 on VLAN 20 (C), Amb claimed by LAN 1 and LAN 7 on VLAN 10
    static readonly MemberDirectory Dir = new([
        E(A, 10, 1, 1), E(B, 10, 1, 2), E(A6, 10, 1, 1), E(B6, 10, 1, 2), E(C, 20, 2, 3), E(Amb, 10, 1, 4), E(Amb, 10, 7, 5)]);

    public static TheoryData<string, string, ushort, DirectoryMatch> Cases => new()
    {
        { "A", "B", 10, DirectoryMatch.Match },
        { "A6", "B6", 10, DirectoryMatch.Match },
        { "A", "B", MemberDirectory.VlanUnknown, DirectoryMatch.Match },
        { "A", "B", 30, DirectoryMatch.VlanMismatch },
        { "A", "C", 10, DirectoryMatch.VlanMismatch },
        { "Out", "A", 10, DirectoryMatch.NotMember },
        { "A", "Out", 10, DirectoryMatch.NotMember },
        { "Out6", "B6", 10, DirectoryMatch.NotMember },
        { "B6", "Out6", 10, DirectoryMatch.NotMember },
        { "Amb", "B", 10, DirectoryMatch.Ambiguous },
        { "B", "Amb", 10, DirectoryMatch.Ambiguous },
        // an ambiguous source decides before the destination is looked at, an outside source before anything else
        { "Amb", "Out", 10, DirectoryMatch.Ambiguous },
        { "Out", "Amb", 10, DirectoryMatch.NotMember },
    };

    static IpAddressKey Named(string n) => n switch
    {
        "A" => A, "B" => B, "C" => C, "Amb" => Amb, "Out" => Out, "A6" => A6, "B6" => B6, "Out6" => Out6,
        _ => throw new ArgumentOutOfRangeException(nameof(n)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_both_ends(string source, string destination, ushort vlan, DirectoryMatch expected)
    {
        Assert.Equal(expected, Dir.Resolve(vlan, Named(source), Named(destination), out var lan));
        Assert.Equal(expected == DirectoryMatch.Match ? 1 : 0, lan);
    }

    [Fact]
    public void Thousands_of_outside_addresses_are_never_members_and_members_always_are()
    {
        // exercises the filter's false positives: they must fall through to the exact lookups, not decide
        var members = Enumerable.Range(0, 3000).Select(i => K($"10.{i / 250}.{i % 250}.1")).ToList();
        var dir = new MemberDirectory(members.Select((a, i) => E(a, null, 1, i)));
        for (var i = 0; i < members.Count - 1; i++)
            Assert.Equal(DirectoryMatch.Match, dir.Resolve(0, members[i], members[i + 1], out _));
        for (var i = 0; i < 100_000; i++)
        {
            var outside = new IpAddressKey(0, 0xC0000000u + (uint)i, 4); // 192.0.0.0 + i
            Assert.Equal(DirectoryMatch.NotMember, dir.Resolve(0, outside, members[i % members.Count], out _));
            Assert.Equal(DirectoryMatch.NotMember, dir.Resolve(0, members[i % members.Count], outside, out _));
        }
    }
}
