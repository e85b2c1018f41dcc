using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Inventory;

public sealed class PeeringLanInput : IEntityInput<PeeringLan, PeeringLanInput>
{
    public int Id { get; set; }
    public Guid? Version { get; set; }
    public int ExchangeId { get; set; }
    public string Name { get; set; } = "";
    public int? VlanId { get; set; }
    /// <summary>Tagged (needs <see cref="VlanId"/>), Untagged or Any; empty means Tagged when a VLAN id is given, else Any.</summary>
    public VlanMode? VlanMode { get; set; }
    public string? Ipv4Prefix { get; set; }
    public string? Ipv6Prefix { get; set; }
    public bool PeeringManagerEnabled { get; set; }
    public bool PeeringMatrixEnabled { get; set; }

    public void ApplyTo(PeeringLan l, ISecretProtector secrets)
    {
        l.ExchangeId = ExchangeId;
        l.Name = Name.Trim();
        l.VlanId = VlanId;
        l.VlanMode = EffectiveVlanMode;
        l.Ipv4Prefix = CanonicalPrefix(Ipv4Prefix);
        l.Ipv6Prefix = CanonicalPrefix(Ipv6Prefix);
        l.PeeringManagerEnabled = PeeringManagerEnabled;
        l.PeeringMatrixEnabled = PeeringMatrixEnabled;
    }

    /// <summary>The mode this input asks for once defaults are applied.</summary>
    public VlanMode EffectiveVlanMode => VlanMode ?? (VlanId is not null ? Domain.VlanMode.Tagged : Domain.VlanMode.Any);

    static string? CanonicalPrefix(string? s) => IpPrefix.TryParsePrefix(s, out var p) ? p.Value.ToString() : null;

    public static PeeringLanInput From(PeeringLan l) => new()
    {
        Id = l.Id, Version = l.Version, ExchangeId = l.ExchangeId, Name = l.Name, VlanId = l.VlanId, VlanMode = l.EffectiveVlanMode, Ipv4Prefix = l.Ipv4Prefix,
        Ipv6Prefix = l.Ipv6Prefix, PeeringManagerEnabled = l.PeeringManagerEnabled, PeeringMatrixEnabled = l.PeeringMatrixEnabled,
    };
}
