namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// Assigns an imported value unless the field is in the entity's KeepFields list, and only when it differs, so an
/// unchanged refresh produces no audit entry.
/// </summary>
internal static class KeepFieldSetter
{
    public static bool Set<TEntity, TValue>(TEntity entity, List<string> keep, string field, TValue value,
        Func<TEntity, TValue> get, Action<TEntity, TValue> set)
    {
        if (keep.Contains(field) || EqualityComparer<TValue>.Default.Equals(get(entity), value)) return false;
        set(entity, value);
        return true;
    }
}
