namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// Where the sFlow-detected pairs of a LAN come from for <see cref="LanRelationsLoader"/>: the stored table by default, the
/// collector's live view (stored plus not yet flushed) when the collector runs. The peering manager and the matrix read the
/// same source, so they cannot differ by a flush interval.
/// </summary>
public interface IDetectedPairSource
{
    /// <summary>Pairs on <paramref name="lanId"/> last seen at or after <paramref name="since"/>, every address family.</summary>
    Task<IReadOnlyList<DetectedPairFact>> LoadAsync(int lanId, DateTime since, CancellationToken ct = default);
}
