using PeeringHub.Core.Domain;

namespace PeeringHub.App.Components.Pages.PeeringManager;

/// <summary>The four tabs in the order the page shows them, with the names people know them by.</summary>
public static class PeeringTabs
{
    public static readonly IReadOnlyList<PeeringTab> All = Enum.GetValues<PeeringTab>();

    public static string Title(PeeringTab tab) => tab switch
    {
        PeeringTab.Potential => "Potential Peers",
        PeeringTab.PotentialBilateral => "Potential Bilateral Peers",
        PeeringTab.Peers => "Peers",
        _ => "Rejected / Ignored",
    };

    /// <summary>The zone identifier of a tab on the tab strip (MudDropZone identifiers are strings).</summary>
    public static string ZoneOf(PeeringTab tab) => tab.ToString();

    public static PeeringTab? FromZone(string? zone) => Enum.TryParse<PeeringTab>(zone, out var tab) && Enum.IsDefined(tab) ? tab : null;
}
