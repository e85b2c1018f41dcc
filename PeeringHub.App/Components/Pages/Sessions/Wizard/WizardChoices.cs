using Microsoft.EntityFrameworkCore;
using PeeringHub.App.Components.Shared;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Components.Pages.Sessions.Wizard;

/// <summary>The drop-down data of the wizard, read once when it opens.</summary>
public sealed record WizardChoices(
    IReadOnlyList<NetworkOption> Lans,
    IReadOnlyList<Router> Routers,
    IReadOnlyList<PeerGroup> Groups,
    IReadOnlyList<long> OurAsns,
    IReadOnlyDictionary<int, string> LanLabels)
{
    public static WizardChoices Empty { get; } = new([], [], [], [], new Dictionary<int, string>());

    public static async Task<WizardChoices> LoadAsync(PeeringHubDbContext db, CancellationToken ct = default)
    {
        var lans = await db.PeeringLans.AsNoTracking().Include(l => l.Exchange).OrderBy(l => l.Exchange!.Name).ThenBy(l => l.Name)
            .Select(l => new NetworkOption(l.Id, l.Exchange!.Name + " — " + l.Name)).ToListAsync(ct);
        return new WizardChoices(
            lans,
            await db.Routers.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct),
            await db.PeerGroups.AsNoTracking().OrderBy(g => g.Name).ToListAsync(ct),
            await db.Networks.AsNoTracking().Where(n => n.IsOurs).OrderBy(n => n.Asn).Select(n => n.Asn).ToListAsync(ct),
            lans.ToDictionary(l => l.Id, l => l.Label));
    }

    public Router? Router(int id) => Routers.FirstOrDefault(r => r.Id == id);

    /// <summary>The local ASNs one may pick for a router: its own first, then our networks'.</summary>
    public IReadOnlyList<long> LocalAsnsFor(int routerId) =>
        (Router(routerId) is { } r ? new[] { r.LocalAsn } : []).Concat(OurAsns).Distinct().ToList();
}
