namespace PeeringHub.Core.Audit;

/// <summary>One field of an audit entry as a person reads it: <c>Name: old → new</c>; Old is null on a create, New on a delete.</summary>
public sealed record AuditChange(string Field, string? Old, string? New)
{
    /// <summary>Shown for a value that was empty (null, "" or an empty list).</summary>
    public const string Empty = "(empty)";

    public override string ToString() => (Old, New) switch
    {
        (null, _) => $"{Field}: {New}",
        (_, null) => $"{Field}: {Old}",
        _ => $"{Field}: {Old} → {New}",
    };
}
