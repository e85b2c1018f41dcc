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
    public string? Ipv4Prefix { get; set; }
    public string? Ipv6Prefix { get; set; }
    public bool PeeringManagerEnabled { get; set; }
    public bool PeeringMatrixEnabled { get; set; }

    public void ApplyTo(PeeringLan l, ISecretProtector secrets)
    {
        l.ExchangeId = ExchangeId;
        l.Name = Name.Trim();
        l.VlanId = VlanId;
        l.Ipv4Prefix = CanonicalPrefix(Ipv4Prefix);
        l.Ipv6Prefix = CanonicalPrefix(Ipv6Prefix);
        l.PeeringManagerEnabled = PeeringManagerEnabled;
        l.PeeringMatrixEnabled = PeeringMatrixEnabled;
    }

    static string? CanonicalPrefix(string? s) => IpPrefix.TryParsePrefix(s, out var p) ? p.Value.ToString() : null;

    public static PeeringLanInput From(PeeringLan l) => new()
    {
        Id = l.Id, Version = l.Version, ExchangeId = l.ExchangeId, Name = l.Name, VlanId = l.VlanId, Ipv4Prefix = l.Ipv4Prefix,
        Ipv6Prefix = l.Ipv6Prefix, PeeringManagerEnabled = l.PeeringManagerEnabled, PeeringMatrixEnabled = l.PeeringMatrixEnabled,
    };
}
