using PeeringHub.Core.Users;

namespace PeeringHub.App.Api.Users;

/// <summary>A user as the API shows it: never a password hash or a token.</summary>
public sealed record UserDto(string Id, string UserName, string? Email, string Role, int? NetworkId, string? NetworkName, bool Locked)
{
    public static UserDto From(UserAdminService.UserRow u) => new(u.Id, u.UserName, u.Email, u.Role, u.NetworkId, u.NetworkName, u.LockedOut);
}
