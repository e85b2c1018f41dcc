using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Inventory;

public sealed class NetworkInput : IEntityInput<Network, NetworkInput>
{
    public int Id { get; set; }
    /// <summary>Fields a PeeringDB refresh or IX-F import must leave alone ("keep my value").</summary>
    public List<string> KeepFields { get; set; } = [];
    public Guid? Version { get; set; }
    public long Asn { get; set; }
    public string Name { get; set; } = "";
    public bool IsOurs { get; set; }
    public string? IrrAsSet { get; set; }
    public int? PeeringDbId { get; set; }
    public string? PeeringPolicy { get; set; }
    public string? Website { get; set; }
    public string? NocEmail { get; set; }
    public string? PeeringEmail { get; set; }
    public string? PolicyEmail { get; set; }
    public int? MaxPrefixV4 { get; set; }
    public int? MaxPrefixV6 { get; set; }
    public string? Notes { get; set; }

    public void ApplyTo(Network n, ISecretProtector secrets)
    {
        n.KeepFields = KeepFields.Distinct().ToList();
        n.Asn = Asn;
        n.Name = Name.Trim();
        n.IsOurs = IsOurs;
        n.IrrAsSet = CommonRules.Trimmed(IrrAsSet)?.ToUpperInvariant();
        n.PeeringDbId = PeeringDbId;
        n.PeeringPolicy = CommonRules.Trimmed(PeeringPolicy);
        n.Website = CommonRules.Trimmed(Website);
        n.NocEmail = CommonRules.Trimmed(NocEmail);
        n.PeeringEmail = CommonRules.Trimmed(PeeringEmail);
        n.PolicyEmail = CommonRules.Trimmed(PolicyEmail);
        n.MaxPrefixV4 = MaxPrefixV4;
        n.MaxPrefixV6 = MaxPrefixV6;
        n.Notes = Notes;
    }

    public static NetworkInput From(Network n) => new()
    {
        Id = n.Id, KeepFields = n.KeepFields.ToList(), Version = n.Version, Asn = n.Asn, Name = n.Name, IsOurs = n.IsOurs, IrrAsSet = n.IrrAsSet, PeeringDbId = n.PeeringDbId,
        PeeringPolicy = n.PeeringPolicy, Website = n.Website, NocEmail = n.NocEmail, PeeringEmail = n.PeeringEmail, PolicyEmail = n.PolicyEmail,
        MaxPrefixV4 = n.MaxPrefixV4, MaxPrefixV6 = n.MaxPrefixV6, Notes = n.Notes,
    };
}
