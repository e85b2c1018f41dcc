using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// Persists aggregated pairs to <c>DetectedSessions</c> (one row per LAN and address pair, totals written absolutely)
/// and reads them back to seed the aggregator after a restart. Addresses are stored in canonical text form,
/// A the numerically lower.
/// </summary>
public sealed class DetectedSessionStore(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<DetectedPair>> LoadAsync(DateTime seenSince, int? peeringLanId = null, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var q = db.DetectedSessions.AsNoTracking().Where(d => d.LastSeen >= seenSince);
        if (peeringLanId is { } lan) q = q.Where(d => d.PeeringLanId == lan);
        var rows = await q.ToListAsync(ct);
        return rows.Select(ToPair).ToList();
    }

    /// <summary>Upserts the given pairs in one transaction; returns rows written.</summary>
    public async Task<int> SaveAsync(IReadOnlyList<DetectedPair> pairs, CancellationToken ct = default)
    {
        if (pairs.Count == 0) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        // observed data with its own history (first/last seen); an audit row per flush would drown the trail
        db.AuditEnabled = false;
        var lanIds = pairs.Select(p => p.PeeringLanId).Distinct().ToList();
        var existing = await db.DetectedSessions.Where(d => lanIds.Contains(d.PeeringLanId)).ToListAsync(ct);
        var byKey = existing.ToDictionary(d => (d.PeeringLanId, d.AddressA, d.AddressB));
        foreach (var p in pairs)
        {
            var a = p.AddressA.ToString();
            var b = p.AddressB.ToString();
            if (!byKey.TryGetValue((p.PeeringLanId, a, b), out var row))
            {
                row = new DetectedSession { PeeringLanId = p.PeeringLanId, AddressFamily = p.AddressFamily, AddressA = a, AddressB = b };
                db.DetectedSessions.Add(row);
                byKey[(p.PeeringLanId, a, b)] = row;
            }
            row.FirstSeen = p.FirstSeen;
            row.LastSeen = p.LastSeen;
            row.SetEvidence(p.Evidence);
        }
        await db.SaveChangesAsync(ct);
        return pairs.Count;
    }

    static DetectedPair ToPair(DetectedSession d) => new(
        d.PeeringLanId, d.AddressFamily, IpAddressKey.From(IPAddress.Parse(d.AddressA)), IpAddressKey.From(IPAddress.Parse(d.AddressB)),
        DateTime.SpecifyKind(d.FirstSeen, DateTimeKind.Utc), DateTime.SpecifyKind(d.LastSeen, DateTimeKind.Utc), d.Evidence);
}
