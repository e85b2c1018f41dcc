using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Inventory;

public sealed class ExchangeInput : IEntityInput<Exchange, ExchangeInput>
{
    public int Id { get; set; }
    /// <summary>Fields a PeeringDB refresh or IX-F import must leave alone ("keep my value").</summary>
    public List<string> KeepFields { get; set; } = [];
    public Guid? Version { get; set; }
    public string Name { get; set; } = "";
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Website { get; set; }
    public int? PeeringDbId { get; set; }

    public void ApplyTo(Exchange x, ISecretProtector secrets)
    {
        x.KeepFields = KeepFields.Distinct().ToList();
        x.Name = Name.Trim();
        x.City = CommonRules.Trimmed(City);
        x.Country = CommonRules.Trimmed(Country)?.ToUpperInvariant();
        x.Website = CommonRules.Trimmed(Website);
        x.PeeringDbId = PeeringDbId;
    }

    public static ExchangeInput From(Exchange x) => new()
    {
        Id = x.Id, KeepFields = x.KeepFields.ToList(), Version = x.Version, Name = x.Name, City = x.City, Country = x.Country, Website = x.Website, PeeringDbId = x.PeeringDbId,
    };
}
