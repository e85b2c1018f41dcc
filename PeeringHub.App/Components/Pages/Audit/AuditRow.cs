using PeeringHub.Core.Audit;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Components.Pages.Audit;

/// <summary>An audit entry with its changes already read, so the grid does not parse JSON on every render.</summary>
public sealed record AuditRow(AuditEntry Entry, IReadOnlyList<AuditChange> Changes)
{
    public static AuditRow From(AuditEntry entry) => new(entry, AuditChanges.Describe(entry.Before, entry.After));

    /// <summary>Long or multi-line values (a router configuration, a mail body) are folded so the grid stays readable.</summary>
    public static bool IsLong(string? value) => value is { Length: > 120 } || value?.Contains('\n') == true;
}
