namespace PeeringHub.Core.PeeringManager;

/// <summary>Everything the tab computation reads, preloaded: no database access happens while computing.</summary>
public sealed class TabInput
{
    public required int ViewingNetworkId { get; init; }
    public required IReadOnlyList<LanMemberFact> Members { get; init; }
    public IReadOnlyList<DetectedPairFact> Detected { get; init; } = [];
    /// <summary>Peer networks with an Established session of ours on this LAN (only used when the viewer is ours).</summary>
    public IReadOnlyCollection<int> EstablishedPeers { get; init; } = [];
    public IReadOnlyList<RelationFact> Relations { get; init; } = [];
    public required DateTime Now { get; init; }
    public required TimeSpan DetectionWindow { get; init; }
}
