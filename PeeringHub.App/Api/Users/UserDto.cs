using PeeringHub.Core.Users;

namespace PeeringHub.App.Api.Users;

/// <summary>A user as the API shows it: never a password hash or a token. <see cref="Version"/> goes back with a PUT.</summary>
public sealed record UserDto(string Id, string UserName, string? Email, string Role, int? NetworkId, string? NetworkName, bool Locked, string Version)
{
    public static UserDto From(UserAdminService.UserRow u) => new(u.Id, u.UserName, u.Email, u.Role, u.NetworkId, u.NetworkName, u.LockedOut, u.Version);
}
