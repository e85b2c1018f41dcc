using FluentValidation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Editing;

/// <summary>
/// Create, update and delete of one entity type through its input and validator, with optimistic concurrency
/// (a stale editor gets "changed by X meanwhile") and the audit trail written by the context.
/// </summary>
public sealed class EntityEditor<TEntity, TInput>(PeeringHubDbContext db, IValidator<TInput> validator, ISecretProtector secrets)
    where TEntity : EntityBase, new()
    where TInput : IEntityInput<TEntity, TInput>
{
    public async Task<EditResult<TEntity>> CreateAsync(TInput input, CancellationToken ct = default)
    {
        input.Id = 0;
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return EditResult<TEntity>.Invalid(validation.Errors);

        var entity = new TEntity();
        input.ApplyTo(entity, secrets);
        db.Set<TEntity>().Add(entity);
        return await SaveAsync(entity, ct);
    }

    public async Task<EditResult<TEntity>> UpdateAsync(int id, TInput input, CancellationToken ct = default)
    {
        var entity = await db.Set<TEntity>().FindAsync([id], ct);
        if (entity is null) return EditResult<TEntity>.NotFound();
        input.Id = id;
        // Without the version the editor read, a save would silently overwrite whatever changed since.
        if (input.Version is not { } expected)
            return EditResult<TEntity>.Invalid(nameof(input.Version), "Send the version you read (GET the object first); an update without it is refused.");
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid) return EditResult<TEntity>.Invalid(validation.Errors);

        if (expected != entity.Version) return Conflict(entity.UpdatedBy, entity.UpdatedAt);
        db.Entry(entity).Property(e => e.Version).OriginalValue = expected;
        input.ApplyTo(entity, secrets);
        return await SaveAsync(entity, ct);
    }

    public async Task<EditResult<TEntity>> DeleteAsync(int id, Guid? version, CancellationToken ct = default)
    {
        var entity = await db.Set<TEntity>().FindAsync([id], ct);
        if (entity is null) return EditResult<TEntity>.NotFound();
        if (version is { } expected && expected != entity.Version) return Conflict(entity.UpdatedBy, entity.UpdatedAt);
        db.Set<TEntity>().Remove(entity);
        return await SaveAsync(entity, ct);
    }

    async Task<EditResult<TEntity>> SaveAsync(TEntity entity, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return EditResult<TEntity>.Saved(entity);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var current = await ex.Entries.Single().GetDatabaseValuesAsync(ct);
            Detach(entity);
            return current is null
                ? EditResult<TEntity>.NotFound()
                : Conflict(current.GetValue<string?>(nameof(EntityBase.UpdatedBy)), current.GetValue<DateTime>(nameof(EntityBase.UpdatedAt)));
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 } sqlite)
        {
            // The validators check uniqueness first; this is the database's backstop for a race or a rule they cannot see.
            Detach(entity);
            return EditResult<TEntity>.Conflict($"The database refused the change: {ConstraintMessages.Describe(sqlite.Message)}");
        }
    }

    void Detach(TEntity entity) => db.Entry(entity).State = EntityState.Detached;

    static EditResult<TEntity> Conflict(string? by, DateTime at) =>
        EditResult<TEntity>.Conflict($"This {typeof(TEntity).Name.ToLowerInvariant()} was changed by {by ?? "someone"} at {at:yyyy-MM-dd HH:mm:ss} UTC meanwhile. Reload it to see their change; nothing was overwritten.");
}
