using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Sessions.Wizard;
using PeeringHub.Routers.Configuration;

namespace PeeringHub.Routers.Polling;

/// <summary>
/// The wizard's "configure router now": the same render → check → apply → watch (with rollback) as the session page's
/// Configure, so both paths behave, report and audit alike.
/// </summary>
public sealed class RouterSessionConfigurator(PeeringHubDbContext db, SessionConfigurator configurator) : ISessionConfigurator
{
    public async Task<SessionConfigureResult> ConfigureAsync(int sessionId, CancellationToken ct = default)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId, ct)) return new(sessionId, false, "The session no longer exists.");
        var result = await configurator.ApplyAsync(sessionId, null, ct);
        return new(sessionId, result.Applied && !result.RolledBack, result.Message);
    }
}
