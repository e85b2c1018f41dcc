using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Core.Onboarding;

/// <summary>
/// What a fresh install still lacks, read from the real data each time (nothing is ticked by hand): a router, a router that
/// answered, its sessions, an exchange LAN linked to a synced PeeringDB, SMTP, and a second user.
/// </summary>
public sealed class GettingStartedChecklist(PeeringHubDbContext db, PeeringManagerSettingsStore settings)
{
    public async Task<IReadOnlyList<GettingStartedStep>> GetAsync(CancellationToken ct = default)
    {
        var smtp = (await settings.GetAsync(ct)).SmtpHost;
        return
        [
            new("router", "Add a router", "BIRD 2 or FRR, reached over SSH through the router-side gate.",
                await db.Routers.AnyAsync(ct), "/routers"),
            new("router-tested", "Test it", "Open the router and use Test connection; the first successful poll ticks this.",
                await db.Routers.AnyAsync(r => r.Reachable == true, ct), "/routers"),
            new("sessions", "Import its sessions", "The router's page lists the sessions it runs that PeeringHub does not manage yet.",
                await db.Sessions.AnyAsync(ct), "/routers"),
            new("peeringdb", "Link an exchange LAN to PeeringDB and sync",
                "Sync PeeringDB (or import its files), then create your exchange from it: LANs and members follow.",
                await db.PeeringLans.AnyAsync(l => l.PeeringDbIxLanId != null, ct) && await db.PdbSyncStates.AnyAsync(s => s.LastSuccessAt != null, ct),
                "/reference/peeringdb"),
            new("smtp", "Set SMTP", "Peering requests and NOC mails go out through your relay.", !string.IsNullOrWhiteSpace(smtp), "/settings/peering-manager"),
            new("users", "Add users", "NOC staff, operators, and members of your exchange for the peering manager.",
                await db.Users.CountAsync(ct) > 1, "/users"),
        ];
    }
}
