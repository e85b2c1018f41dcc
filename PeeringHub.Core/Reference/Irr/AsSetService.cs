using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Reference.Irr;

/// <summary>
/// Validate and Import of AS-SETs (used by the wizard and the API). Imported expansions are stored on the AsSet entity
/// and reused while younger than <see cref="IrrOptions.CacheTtl"/>; writes are audited through the DbContext.
/// </summary>
public sealed class AsSetService(PeeringHubDbContext db, IrrExpansionService irr, IOptions<IrrOptions> options, TimeProvider clock)
{
    /// <summary><c>GET /api/as-sets/{name}</c>; null when never imported.</summary>
    public async Task<AsSetView?> GetAsync(string name, CancellationToken ct = default)
    {
        var n = AsSetName.Parse(name);
        var row = await db.AsSets.AsNoTracking().FirstOrDefaultAsync(a => a.Name == n.Name && a.Source == n.Source, ct);
        return row is null ? null : ToView(row);
    }

    /// <summary>Checks that the set exists and expands (within MaxSetSize); stamps ValidatedAt on a stored set.</summary>
    public async Task<AsSetValidationResult> ValidateAsync(string name, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        AsSetName n;
        AsSetExpansion expansion;
        try
        {
            n = AsSetName.Parse(name);
            expansion = await irr.ExpandAsync(n, withPrefixes: false, ct);
        }
        catch (IrrException ex)
        {
            return new AsSetValidationResult(name, false, 0, ex.Message, ex.Kind, now);
        }
        if (expansion.Asns.Count == 0)
            return new AsSetValidationResult(n.ToString(), false, 0, $"{n} has no member ASNs", IrrErrorKind.NotFound, now);
        var row = await db.AsSets.FirstOrDefaultAsync(a => a.Name == n.Name && a.Source == n.Source, ct);
        if (row is not null)
        {
            row.ValidatedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return new AsSetValidationResult(n.ToString(), true, expansion.Asns.Count, null, null, now);
    }

    /// <summary>Fetches and stores the expansion, unless a stored one is younger than CacheTtl and <paramref name="force"/> is false.</summary>
    /// <exception cref="IrrException">not found, too large, timeout, server error…</exception>
    public async Task<AsSetImportResult> ImportAsync(string name, bool force = false, CancellationToken ct = default)
    {
        var n = AsSetName.Parse(name);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.AsSets.FirstOrDefaultAsync(a => a.Name == n.Name && a.Source == n.Source, ct);
        if (!force && row?.ImportedAt is { } at && now - at < options.Value.CacheTtl)
            return new AsSetImportResult(ToView(row), FromCache: true);

        var expansion = await irr.ExpandAsync(n, withPrefixes: true, ct);
        if (row is null) db.AsSets.Add(row = new AsSet { Name = n.Name, Source = n.Source });
        row.MemberAsns = expansion.Asns.ToList();
        row.Ipv4Prefixes = expansion.Ipv4Prefixes.ToList();
        row.Ipv6Prefixes = expansion.Ipv6Prefixes.ToList();
        row.ImportedAt = row.ValidatedAt = now;
        await db.SaveChangesAsync(ct);
        return new AsSetImportResult(ToView(row), FromCache: false);
    }

    private static AsSetView ToView(AsSet a) =>
        new(a.Id, a.Name, a.Source, a.MemberAsns, a.Ipv4Prefixes, a.Ipv6Prefixes, a.ValidatedAt, a.ImportedAt);
}
