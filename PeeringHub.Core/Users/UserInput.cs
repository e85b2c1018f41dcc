namespace PeeringHub.Core.Users;

/// <summary>Admin's create/edit form of a user.</summary>
public sealed class UserInput
{
    public string? Id { get; set; }
    public string UserName { get; set; } = "";
    public string? Email { get; set; }
    public string Role { get; set; } = Domain.Roles.Noc;
    /// <summary>Required for Member users: the network they act for.</summary>
    public int? NetworkId { get; set; }
    /// <summary>Required on create; on edit, set to reset the password.</summary>
    public string? Password { get; set; }
}
