using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PeeringHub.Core.Data;

namespace PeeringHub.App.Hosting;

/// <summary>Healthy when the database answers and has no pending migrations.</summary>
public sealed class DatabaseHealthCheck(PeeringHubDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!await db.Database.CanConnectAsync(ct)) return HealthCheckResult.Unhealthy("The database cannot be opened.");
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) return HealthCheckResult.Degraded($"Pending migrations: {string.Join(", ", pending)}");
        var sessions = await db.Sessions.CountAsync(ct);
        return HealthCheckResult.Healthy($"SQLite {db.Database.GetDbConnection().ServerVersion}, {sessions} sessions.");
    }
}
