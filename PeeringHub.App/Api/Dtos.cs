using PeeringHub.Core.Domain;

namespace PeeringHub.App.Api;

/// <summary>What the API returns: the entity's fields without secrets (only whether one is set).</summary>
public sealed record RouterDto(int Id, Guid Version, string Name, string Platform, RouterTransport Transport, string Address, int SshPort, string SshUser,
    bool HasSshPrivateKey, string? HostKeyFingerprint, long LocalAsn, int? NetworkId, bool Enabled, DateTime? LastPolledAt, bool? Reachable, string? LastError)
{
    public static RouterDto From(Router r) => new(r.Id, r.Version, r.Name, r.Platform, r.Transport, r.Address, r.SshPort, r.SshUser,
        r.SshPrivateKeyProtected is not null, r.HostKeyFingerprint, r.LocalAsn, r.NetworkId, r.Enabled, r.LastPolledAt, r.Reachable, r.LastError);
}

public sealed record NetworkDto(int Id, Guid Version, long Asn, string Name, bool IsOurs, string? IrrAsSet, int? PeeringDbId, string? PeeringPolicy,
    string? Website, string? NocEmail, string? PeeringEmail, string? PolicyEmail, int? MaxPrefixV4, int? MaxPrefixV6, string? Notes, List<string> KeepFields)
{
    public static NetworkDto From(Network n) => new(n.Id, n.Version, n.Asn, n.Name, n.IsOurs, n.IrrAsSet, n.PeeringDbId, n.PeeringPolicy, n.Website,
        n.NocEmail, n.PeeringEmail, n.PolicyEmail, n.MaxPrefixV4, n.MaxPrefixV6, n.Notes, n.KeepFields);
}

/// <param name="VlanMode">Tagged (VlanId), Untagged (no VLAN or VLAN 0 from the switch) or Any (no VLAN check).</param>
public sealed record PeeringLanDto(int Id, Guid Version, int ExchangeId, string Name, int? VlanId, VlanMode VlanMode, string? Ipv4Prefix, string? Ipv6Prefix,
    bool PeeringManagerEnabled, bool PeeringMatrixEnabled)
{
    public static PeeringLanDto From(PeeringLan l) => new(l.Id, l.Version, l.ExchangeId, l.Name, l.VlanId, l.EffectiveVlanMode, l.Ipv4Prefix, l.Ipv6Prefix,
        l.PeeringManagerEnabled, l.PeeringMatrixEnabled);
}

public sealed record ExchangeDto(int Id, Guid Version, string Name, string? City, string? Country, string? Website, int? PeeringDbId, List<string> KeepFields, List<PeeringLanDto> Lans)
{
    public static ExchangeDto From(Exchange x) => new(x.Id, x.Version, x.Name, x.City, x.Country, x.Website, x.PeeringDbId, x.KeepFields,
        x.Lans.OrderBy(l => l.Name).Select(PeeringLanDto.From).ToList());
}

public sealed record AuditEntryDto(long Id, DateTime At, string User, string Action, string ObjectType, string? ObjectId, string? ObjectName, string? Before, string? After)
{
    public static AuditEntryDto From(AuditEntry a) => new(a.Id, a.At, a.User, a.Action, a.ObjectType, a.ObjectId, a.ObjectName, a.Before, a.After);
}

public sealed record MemberDto(int Id, Guid Version, int NetworkId, int PeeringLanId, string? Ipv4Address, string? Ipv6Address, bool IsRouteServerClient)
{
    public static MemberDto From(Member m) => new(m.Id, m.Version, m.NetworkId, m.PeeringLanId, m.Ipv4Address, m.Ipv6Address, m.IsRouteServerClient);
}

public sealed record PeerGroupDto(int Id, Guid Version, int RouterId, string Name, string? Description, string? ImportPolicy, string? ExportPolicy)
{
    public static PeerGroupDto From(PeerGroup g) => new(g.Id, g.Version, g.RouterId, g.Name, g.Description, g.ImportPolicy, g.ExportPolicy);
}
