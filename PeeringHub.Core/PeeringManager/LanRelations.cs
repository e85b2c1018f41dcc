namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// Everything known about who peers with whom on one LAN: member ports, sFlow pairs, our Established sessions (as network
/// pairs) and the hand-made marks of every network. <see cref="RowsFor"/> places every other member for one viewing network
/// with <see cref="TabComputer"/>: the peering manager shows one viewer's rows, the matrix every viewer's, from the same facts.
/// </summary>
public sealed class LanRelations(
    int lanId, IReadOnlyList<LanMemberFact> members, IReadOnlyList<DetectedPairFact> detected,
    IReadOnlyList<(int OurNetworkId, int PeerNetworkId)> sessions, ILookup<int, RelationFact> relationsByViewer,
    DateTime now, TimeSpan window)
{
    readonly Dictionary<int, Dictionary<int, TabRow>> _cache = [];

    public int LanId { get; } = lanId;
    public IReadOnlyList<LanMemberFact> Members { get; } = members;

    /// <summary>The tab computation's input for one viewer: an Established session of ours counts for both of its ends.</summary>
    public TabInput InputFor(int viewerNetworkId)
    {
        var established = new HashSet<int>();
        foreach (var (ours, peer) in sessions)
        {
            if (ours == viewerNetworkId) established.Add(peer);
            else if (peer == viewerNetworkId) established.Add(ours);
        }
        return new TabInput
        {
            ViewingNetworkId = viewerNetworkId, Members = Members, Detected = detected, EstablishedPeers = established,
            Relations = relationsByViewer[viewerNetworkId].ToList(), Now = now, DetectionWindow = window,
        };
    }

    /// <summary>The viewer's rows by peer network id (computed once per viewer).</summary>
    public IReadOnlyDictionary<int, TabRow> RowsFor(int viewerNetworkId)
    {
        if (!_cache.TryGetValue(viewerNetworkId, out var rows))
            _cache[viewerNetworkId] = rows = TabComputer.Compute(InputFor(viewerNetworkId)).ToDictionary(r => r.NetworkId);
        return rows;
    }
}
