using Microsoft.AspNetCore.Identity;

namespace PeeringHub.Core.Domain;

/// <summary>A PeeringHub user; Member users belong to one network.</summary>
public class AppUser : IdentityUser
{
    public int? NetworkId { get; set; }
    public Network? Network { get; set; }
    /// <summary>"light" or "dark".</summary>
    public string Theme { get; set; } = "light";
}
