using System.Security.Claims;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Auth;

/// <summary>Settings under "PeeringHub:PeeringMatrix" (IXP Manager's PEERING_MATRIX_MIN_AUTH).</summary>
public sealed class PeeringMatrixOptions
{
    public const string Section = "PeeringHub:PeeringMatrix";

    /// <summary>Member users may see the matrix of the LANs flagged for it.</summary>
    public bool AllowMembers { get; set; } = true;
}

/// <summary>Who may see the peering matrix: staff always, members when the setting allows it.</summary>
public sealed class PeeringMatrixAccess(IOptions<PeeringMatrixOptions> options)
{
    public bool MayView(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Operator) || user.IsInRole(Roles.Noc) || options.Value.AllowMembers && user.IsInRole(Roles.Member);
}
