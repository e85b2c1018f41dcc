using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;

namespace PeeringHub.Core.Inventory;

/// <summary>
/// Importers (IX-F, PeeringDB links) write entities the API would validate; this runs the API's own validators on them
/// (security finding 6: an IX-F document created networks named with newlines and NUL, a 100,000-character name, and moved
/// a member outside its LAN). The save runs in a transaction and is rolled back when any written entity is invalid, so the
/// validators see the imported rows exactly as the API's would (ids, LAN prefixes, other members) and nothing half-done stays.
/// </summary>
public sealed class ImportedEntityValidator(PeeringHubDbContext db, IServiceProvider services)
{
    /// <summary>Saves the tracked changes, or rolls them back and returns why they are invalid (then nothing was saved).</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(CancellationToken ct)
    {
        var written = db.ChangeTracker.Entries<EntityBase>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var errors = new List<string>();
        foreach (var entity in written)
            errors.AddRange(entity switch
            {
                Network n => await CheckAsync<Network, NetworkInput>(n, $"network AS{n.Asn}", ct),
                Member m => await CheckAsync<Member, MemberInput>(m, $"member AS{m.Network?.Asn} {m.Ipv4Address ?? m.Ipv6Address}", ct),
                PeeringLan l => await CheckAsync<PeeringLan, PeeringLanInput>(l, $"peering LAN {Shorten(l.Name)}", ct),
                Exchange x => await CheckAsync<Exchange, ExchangeInput>(x, $"exchange {Shorten(x.Name)}", ct),
                _ => [],
            });
        if (errors.Count == 0)
        {
            await tx.CommitAsync(ct);
            return errors;
        }
        await tx.RollbackAsync(ct);
        db.ChangeTracker.Clear();
        return errors;
    }

    async Task<IEnumerable<string>> CheckAsync<TEntity, TInput>(TEntity entity, string label, CancellationToken ct)
        where TEntity : EntityBase where TInput : IEntityInput<TEntity, TInput>
    {
        var result = await services.GetRequiredService<IValidator<TInput>>().ValidateAsync(TInput.From(entity), ct);
        return result.Errors.Select(e => $"{label}: {e.ErrorMessage}");
    }

    /// <summary>Labels quote imported text: never a 100,000-character or multi-line one.</summary>
    static string Shorten(string? text)
    {
        var clean = new string((text ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return clean.Length <= 60 ? clean : clean[..60] + "…";
    }
}
