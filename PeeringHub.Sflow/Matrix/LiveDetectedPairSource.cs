using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Sflow.Matrix;

/// <summary>The collector's live pairs (stored merged with the aggregator's unflushed totals) for the peering manager and the matrix.</summary>
public sealed class LiveDetectedPairSource(IServiceProvider services) : IDetectedPairSource
{
    public async Task<IReadOnlyList<DetectedPairFact>> LoadAsync(int lanId, DateTime since, CancellationToken ct = default)
    {
        // Resolved late: the matrix service itself reads through this source.
        var pairs = await services.GetRequiredService<PeeringMatrixService>().GetPairsAsync(lanId, ct);
        return pairs.Where(p => p.LastSeen >= since)
            .Select(p => new DetectedPairFact(p.AddressA.ToString(), p.AddressB.ToString(), p.LastSeen, p.Evidence.State) { FirstSeen = p.FirstSeen, Samples = p.Evidence.Samples })
            .ToList();
    }
}
