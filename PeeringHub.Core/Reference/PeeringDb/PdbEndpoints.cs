using static PeeringHub.Core.Reference.PeeringDb.PdbJson;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// The ordered endpoint → entity map. Order follows references (org before net/ix/fac, ix before ixlan before ixpfx
/// and netixlan) so a reader of a half-finished sync never sees a child whose parent is still missing.
/// </summary>
public static class PdbEndpoints
{
    public static readonly IReadOnlyList<PdbEndpoint> All =
    [
        new("org", typeof(PdbOrg), e => Common(new PdbOrg
        {
            Name = Str(e, "name") ?? "", Website = Str(e, "website"), City = Str(e, "city"), Country = Str(e, "country"),
        }, e)),
        new("fac", typeof(PdbFac), e => Common(new PdbFac
        {
            OrgId = Id(e, "org_id"), Name = Str(e, "name") ?? "", City = Str(e, "city"), Country = Str(e, "country"),
        }, e)),
        new("net", typeof(PdbNet), e => Common(new PdbNet
        {
            OrgId = Id(e, "org_id"), Asn = Long(e, "asn"), Name = Str(e, "name") ?? "", IrrAsSet = Str(e, "irr_as_set"),
            InfoPrefixes4 = IntOrNull(e, "info_prefixes4"), InfoPrefixes6 = IntOrNull(e, "info_prefixes6"),
            PolicyGeneral = Str(e, "policy_general"), Website = Str(e, "website"),
        }, e)),
        new("ix", typeof(PdbIx), e => Common(new PdbIx
        {
            OrgId = Id(e, "org_id"), Name = Str(e, "name") ?? "", City = Str(e, "city"), Country = Str(e, "country"),
            Website = Str(e, "website"),
        }, e)),
        new("ixlan", typeof(PdbIxLan), e => Common(new PdbIxLan
        {
            IxId = Id(e, "ix_id"), Name = Str(e, "name"), Mtu = IntOrNull(e, "mtu"),
        }, e)),
        new("ixpfx", typeof(PdbIxPfx), e => Common(new PdbIxPfx
        {
            IxLanId = Id(e, "ixlan_id"), Protocol = Str(e, "protocol") ?? "", Prefix = Str(e, "prefix") ?? "",
        }, e)),
        new("netixlan", typeof(PdbNetIxLan), e => Common(new PdbNetIxLan
        {
            NetId = Id(e, "net_id"), IxId = Id(e, "ix_id"), IxLanId = Id(e, "ixlan_id"), Asn = Long(e, "asn"),
            Ipaddr4 = Str(e, "ipaddr4"), Ipaddr6 = Str(e, "ipaddr6"), IsRsPeer = Bool(e, "is_rs_peer"),
            Speed = IntOrNull(e, "speed") ?? 0,
        }, e)),
        new("netfac", typeof(PdbNetFac), e => Common(new PdbNetFac
        {
            NetId = Id(e, "net_id"), FacId = Id(e, "fac_id"), LocalAsn = LongOrNull(e, "local_asn") ?? 0,
        }, e)),
        new("poc", typeof(PdbPoc), e => Common(new PdbPoc
        {
            NetId = Id(e, "net_id"), Role = Str(e, "role") ?? "", Name = Str(e, "name"), Email = Str(e, "email"),
            Visible = Str(e, "visible"),
        }, e)),
    ];

    public static PdbEndpoint Get(string name) =>
        All.FirstOrDefault(e => e.Name == name) ?? throw new ArgumentException($"unknown PeeringDB endpoint '{name}'", nameof(name));
}
