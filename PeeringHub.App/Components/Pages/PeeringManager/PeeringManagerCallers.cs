using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.App.Components.Pages.PeeringManager;

/// <summary>Builds the peering-manager caller from a signed-in principal: roles from the claims, network and e-mail from the user row.</summary>
public static class PeeringManagerCallers
{
    public static async Task<PeeringManagerCaller> FromAsync(ClaimsPrincipal user, PeeringHubDbContext db, CancellationToken ct = default)
    {
        var name = user.Identity?.Name ?? "";
        var row = await db.Users.AsNoTracking().Where(u => u.UserName == name).Select(u => new { u.NetworkId, u.Email }).FirstOrDefaultAsync(ct);
        var staff = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operator) || user.IsInRole(Roles.Noc);
        var operate = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operator);
        return new PeeringManagerCaller(name, row?.Email, staff, row?.NetworkId, operate);
    }
}
