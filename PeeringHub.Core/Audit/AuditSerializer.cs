using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Audit;

/// <summary>Turns tracked entity values into the before/after JSON of an audit entry, masking secrets.</summary>
public static class AuditSerializer
{
    public const string Mask = "********";
    static readonly HashSet<string> Skipped = [nameof(EntityBase.Version), nameof(EntityBase.UpdatedAt), nameof(EntityBase.UpdatedBy)];

    public static bool IsSecret(PropertyInfo? p) => p?.GetCustomAttribute<SecretAttribute>() is not null;

    /// <summary>Values of the given state (original or current) of the properties that matter for this change.</summary>
    public static string? Snapshot(EntityEntry entry, bool original, bool onlyModified)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var prop in entry.Properties)
        {
            var name = prop.Metadata.Name;
            if (Skipped.Contains(name)) continue;
            if (onlyModified && !prop.IsModified) continue;
            var value = original ? prop.OriginalValue : prop.CurrentValue;
            if (IsSecret(prop.Metadata.PropertyInfo))
                value = value is null ? null : Mask;
            values[name] = value;
        }
        return values.Count == 0 ? null : JsonSerializer.Serialize(values);
    }

    /// <summary>Properties whose value really changed (EF marks a property modified even when set to the same value).</summary>
    public static void ClearUnchanged(EntityEntry entry)
    {
        foreach (var prop in entry.Properties)
            if (prop.IsModified && SameValue(prop.OriginalValue, prop.CurrentValue) && prop.Metadata.Name != nameof(EntityBase.Version))
                prop.IsModified = false;
    }

    // Primitive collections (e.g. KeepFields) are new list instances after every edit; compare their items.
    static bool SameValue(object? a, object? b) =>
        Equals(a, b) || a is System.Collections.IEnumerable x && b is System.Collections.IEnumerable y && a is not string && x.Cast<object?>().SequenceEqual(y.Cast<object?>());
}
