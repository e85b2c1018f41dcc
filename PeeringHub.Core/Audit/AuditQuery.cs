using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Audit;

/// <summary>The filters of the audit page and API.</summary>
public static class AuditQuery
{
    public static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> query, string? user, string? objectType, string? objectId, DateTime? since)
    {
        if (!string.IsNullOrWhiteSpace(user)) query = query.Where(a => a.User == user);
        if (!string.IsNullOrWhiteSpace(objectType)) query = query.Where(a => a.ObjectType == objectType);
        if (!string.IsNullOrWhiteSpace(objectId)) query = query.Where(a => a.ObjectId == objectId);
        if (since is not null) query = query.Where(a => a.At >= since);
        return query;
    }
}
