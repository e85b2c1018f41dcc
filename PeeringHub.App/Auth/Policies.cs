using Microsoft.AspNetCore.Authorization;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Auth;

/// <summary>Authorization policies; pages and endpoints name these, never raw roles.</summary>
public static class Policies
{
    /// <summary>Admin, Operator and NOC: the internal staff views.</summary>
    public const string Staff = "Staff";
    /// <summary>Admin and Operator: changes to routers, sessions and inventory.</summary>
    public const string Operate = "Operate";
    public const string Admin = "Admin";
    /// <summary>Anyone logged in via the API token scheme (API group).</summary>
    public const string ApiUser = "ApiUser";

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Staff, p => p.RequireRole(Roles.Admin, Roles.Operator, Roles.Noc));
        o.AddPolicy(Operate, p => p.RequireRole(Roles.Admin, Roles.Operator));
        o.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        o.AddPolicy(ApiUser, p => p.AddAuthenticationSchemes(ApiTokenDefaults.Scheme).RequireAuthenticatedUser());
    }
}
