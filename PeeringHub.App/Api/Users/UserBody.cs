using PeeringHub.Core.Users;

namespace PeeringHub.App.Api.Users;

/// <summary>POST/PUT /api/users. On PUT, <see cref="Password"/> resets the password, <see cref="Locked"/> locks or unlocks, and
/// <see cref="Version"/> (from GET) is required: a PUT of a user changed since it was read is refused, not an overwrite.</summary>
public sealed record UserBody(string UserName, string Role, string? Email = null, int? NetworkId = null, string? Password = null, bool? Locked = null, string? Version = null)
{
    public UserInput ToInput(string? id) => new() { Id = id, UserName = UserName ?? "", Role = Role ?? "", Email = Email, NetworkId = NetworkId, Password = Password };
}
