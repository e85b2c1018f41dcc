using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>One page of the peering manager: the viewing network and LAN chosen, what else may be chosen, and the rows.</summary>
public sealed class PeeringManagerView
{
    public required PeeringManagerResult Result { get; init; }
    public Network? Network { get; init; }
    public PeeringLan? Lan { get; init; }
    public IReadOnlyList<Network> Networks { get; init; } = [];
    public IReadOnlyList<PeeringLan> Lans { get; init; } = [];
    public IReadOnlyList<TabRow> Rows { get; init; } = [];
    /// <summary>The viewing network has no port on the chosen LAN.</summary>
    public bool NotAMember { get; init; }

    public IEnumerable<TabRow> InTab(PeeringTab tab) => Rows.Where(r => r.Tab == tab);
}
