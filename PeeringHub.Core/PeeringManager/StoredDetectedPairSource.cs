using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;

namespace PeeringHub.Core.PeeringManager;

/// <summary>The detected pairs as last flushed to the database (used when no sFlow collector runs in this process).</summary>
public sealed class StoredDetectedPairSource(PeeringHubDbContext db) : IDetectedPairSource
{
    public async Task<IReadOnlyList<DetectedPairFact>> LoadAsync(int lanId, DateTime since, CancellationToken ct = default)
    {
        var rows = await db.DetectedSessions.AsNoTracking().Where(d => d.PeeringLanId == lanId && d.LastSeen >= since).ToListAsync(ct);
        return rows.Select(d => new DetectedPairFact(d.AddressA, d.AddressB, d.LastSeen, d.Evidence.State) { FirstSeen = d.FirstSeen, Samples = d.Evidence.Samples }).ToList();
    }
}
