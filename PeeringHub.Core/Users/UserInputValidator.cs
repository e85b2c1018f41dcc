using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Users;

public sealed class UserInputValidator : AbstractValidator<UserInput>
{
    public UserInputValidator(PeeringHubDbContext db)
    {
        // Stop at the first failing rule of a field: no database lookups for values that are already malformed.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(u => u.UserName).NotEmpty().WithMessage("User name is required.")
            .Matches("^[A-Za-z0-9._@\\-]{2,64}$").WithMessage("Use 2–64 letters, digits, '.', '_', '@' or '-'.")
            .MustAsync(async (input, name, ct) => !await db.Users.AnyAsync(u => u.NormalizedUserName == name.ToUpperInvariant() && u.Id != input.Id, ct))
            .WithMessage("This user name is taken.");
        RuleFor(u => u.Email).EmailAddress().When(u => !string.IsNullOrWhiteSpace(u.Email)).WithMessage("Enter a valid e-mail address.");
        RuleFor(u => u.Role).Must(r => Roles.All.Contains(r)).WithMessage($"Role must be one of: {string.Join(", ", Roles.All)}.");
        RuleFor(u => u.NetworkId).NotNull().When(u => u.Role == Roles.Member).WithMessage("A Member user must belong to a network.")
            .MustAsync(async (id, ct) => id is null || await db.Networks.AnyAsync(n => n.Id == id, ct)).WithMessage("Pick an existing network.");
        RuleFor(u => u.Password).NotEmpty().When(u => u.Id is null).WithMessage("A password is required for a new user.");
        RuleFor(u => u.Password).MinimumLength(10).When(u => !string.IsNullOrEmpty(u.Password)).WithMessage("Use at least 10 characters.");
    }
}
