using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Inventory;

public sealed class PeerGroupInput : IEntityInput<PeerGroup, PeerGroupInput>
{
    public int Id { get; set; }
    public Guid? Version { get; set; }
    public int RouterId { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? ImportPolicy { get; set; }
    public string? ExportPolicy { get; set; }

    public void ApplyTo(PeerGroup g, ISecretProtector secrets)
    {
        g.RouterId = RouterId;
        g.Name = Name.Trim();
        g.Description = CommonRules.Trimmed(Description);
        g.ImportPolicy = CommonRules.Trimmed(ImportPolicy);
        g.ExportPolicy = CommonRules.Trimmed(ExportPolicy);
    }

    public static PeerGroupInput From(PeerGroup g) => new()
    {
        Id = g.Id, Version = g.Version, RouterId = g.RouterId, Name = g.Name, Description = g.Description,
        ImportPolicy = g.ImportPolicy, ExportPolicy = g.ExportPolicy,
    };
}
