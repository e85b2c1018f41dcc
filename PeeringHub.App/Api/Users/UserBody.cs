using PeeringHub.Core.Users;

namespace PeeringHub.App.Api.Users;

/// <summary>POST/PUT /api/users. On PUT, <see cref="Password"/> resets the password and <see cref="Locked"/> locks or unlocks.</summary>
public sealed record UserBody(string UserName, string Role, string? Email = null, int? NetworkId = null, string? Password = null, bool? Locked = null)
{
    public UserInput ToInput(string? id) => new() { Id = id, UserName = UserName ?? "", Role = Role ?? "", Email = Email, NetworkId = NetworkId, Password = Password };
}
