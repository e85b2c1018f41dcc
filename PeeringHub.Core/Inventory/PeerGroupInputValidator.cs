using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;

namespace PeeringHub.Core.Inventory;

public sealed class PeerGroupInputValidator : AbstractValidator<PeerGroupInput>
{
    // Group and policy names end up in router configuration: a strict alphabet keeps them from injecting anything.
    const string Identifier = "^[A-Za-z][A-Za-z0-9_\\-]{0,63}$";

    public PeerGroupInputValidator(PeeringHubDbContext db)
    {
        // Stop at the first failing rule of a field: no database lookups for values that are already malformed.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(g => g.RouterId).MustAsync(async (id, ct) => await db.Routers.AnyAsync(r => r.Id == id, ct)).WithMessage("Pick a router.");
        RuleFor(g => g.Name).NotEmpty().WithMessage("Name is required.")
            .Matches(Identifier).WithMessage("Start with a letter; use letters, digits, '_' and '-' (up to 64).")
            .MustAsync(async (input, name, ct) => !await db.PeerGroups.AnyAsync(g => g.RouterId == input.RouterId && g.Name == name.Trim() && g.Id != input.Id, ct))
            .WithMessage("This router already has a peer group with this name.");
        RuleFor(g => g.Description).SingleLine(200);
        RuleFor(g => g.ImportPolicy).Matches(Identifier).When(g => !string.IsNullOrWhiteSpace(g.ImportPolicy)).WithMessage("Policy names: letters, digits, '_' and '-'.");
        RuleFor(g => g.ExportPolicy).Matches(Identifier).When(g => !string.IsNullOrWhiteSpace(g.ExportPolicy)).WithMessage("Policy names: letters, digits, '_' and '-'.");
    }
}
