using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Auth;

/// <summary>Whether a signed-in principal still stands for its user: the user exists, is not locked, and its security stamp is the one the login was issued with.</summary>
public sealed class SecurityStampCheck(UserManager<AppUser> users, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user)) return false;
        var issued = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return issued is not null && issued == await users.GetSecurityStampAsync(user);
    }
}
