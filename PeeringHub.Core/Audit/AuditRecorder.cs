using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Audit;

/// <summary>Collects the audit entries for the edits tracked in a context, and renews the concurrency version of each edited object.</summary>
internal static class AuditRecorder
{
    internal sealed class Pending(EntityEntry entry, AuditEntry audit, bool added)
    {
        public AuditEntry Complete()
        {
            // Ids of added rows (and foreign keys to rows added in the same save) exist only after the first save: before it
            // the tracker holds temporary values, so a create's "after" is taken now, with the real ones.
            audit.ObjectId ??= entry.Property("Id").CurrentValue?.ToString();
            if (added) audit.After = AuditSerializer.Snapshot(entry, original: false, onlyModified: false);
            return audit;
        }
    }

    public static List<Pending> Prepare(PeeringHubDbContext db, DateTime now)
    {
        var result = new List<Pending>();
        // Asked for only when an edit is stamped: a background save (every router's poll) has none, and outside a circuit
        // finding out who is acting costs an exception from the framework's authentication state.
        string? actor = null;
        foreach (var entry in db.ChangeTracker.Entries<EntityBase>().ToList())
        {
            if (entry.State == EntityState.Modified)
            {
                AuditSerializer.ClearUnchanged(entry);
                if (!entry.Properties.Any(p => p.IsModified)) { entry.State = EntityState.Unchanged; continue; }
            }
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;

            if (entry.State != EntityState.Deleted)
            {
                entry.Entity.Version = Guid.NewGuid();
                entry.Entity.UpdatedAt = now;
                entry.Entity.UpdatedBy = actor ??= db.ActorName;
            }
            if (!db.AuditEnabled) continue;

            var audit = new AuditEntry
            {
                At = now,
                User = actor ??= db.ActorName,
                Action = entry.State switch { EntityState.Added => "Create", EntityState.Deleted => "Delete", _ => "Update" },
                ObjectType = entry.Metadata.ClrType.Name,
                ObjectId = entry.State == EntityState.Added ? null : entry.Entity.Id.ToString(),
                ObjectName = AuditNames.Of(entry.Entity),
                Before = entry.State == EntityState.Added ? null : AuditSerializer.Snapshot(entry, original: true, onlyModified: entry.State == EntityState.Modified),
                After = entry.State is EntityState.Deleted or EntityState.Added ? null : AuditSerializer.Snapshot(entry, original: false, onlyModified: true),
            };
            result.Add(new Pending(entry, audit, added: entry.State == EntityState.Added));
        }
        return result;
    }
}
