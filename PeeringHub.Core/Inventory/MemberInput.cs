using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Inventory;

public sealed class MemberInput : IEntityInput<Member, MemberInput>
{
    public int Id { get; set; }
    /// <summary>Fields a PeeringDB refresh or IX-F import must leave alone ("keep my value").</summary>
    public List<string> KeepFields { get; set; } = [];
    public Guid? Version { get; set; }
    public int NetworkId { get; set; }
    public int PeeringLanId { get; set; }
    public string? Ipv4Address { get; set; }
    public string? Ipv6Address { get; set; }
    public bool IsRouteServerClient { get; set; }

    public void ApplyTo(Member m, ISecretProtector secrets)
    {
        m.KeepFields = KeepFields.Distinct().ToList();
        m.NetworkId = NetworkId;
        m.PeeringLanId = PeeringLanId;
        m.Ipv4Address = Canonical(Ipv4Address);
        m.Ipv6Address = Canonical(Ipv6Address);
        m.IsRouteServerClient = IsRouteServerClient;
    }

    static string? Canonical(string? s) => IpPrefix.TryParseAddress(s, out var a) ? IpPrefix.Canonical(a) : null;

    public static MemberInput From(Member m) => new()
    {
        Id = m.Id, KeepFields = m.KeepFields.ToList(), Version = m.Version, NetworkId = m.NetworkId, PeeringLanId = m.PeeringLanId, Ipv4Address = m.Ipv4Address,
        Ipv6Address = m.Ipv6Address, IsRouteServerClient = m.IsRouteServerClient,
    };
}
