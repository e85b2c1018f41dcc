using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Inventory;

public sealed class PeerGroupInputValidator : AbstractValidator<PeerGroupInput>
{
    public PeerGroupInputValidator(PeeringHubDbContext db)
    {
        // Stop at the first failing rule of a field: no database lookups for values that are already malformed.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(g => g.RouterId).MustAsync(async (id, ct) => await db.Routers.AnyAsync(r => r.Id == id, ct)).WithMessage("Pick a router.");
        RuleFor(g => g.Name).NotEmpty().WithMessage("Name is required.")
            // The renderers' own rule: a name accepted here is always rendered (it is the BIRD template / FRR peer-group name).
            .Must(n => ConfigIdentifier.IsValid(n.Trim())).WithMessage($"Name: {ConfigIdentifier.Description}.")
            .MustAsync(async (input, name, ct) => !await db.PeerGroups.AnyAsync(g => g.RouterId == input.RouterId && g.Name == name.Trim() && g.Id != input.Id, ct))
            .WithMessage("This router already has a peer group with this name.");
        RuleFor(g => g.Description).SingleLine(200);
        RuleFor(g => g.ImportPolicy).Must(p => ConfigIdentifier.IsValid(p!.Trim())).When(g => !string.IsNullOrWhiteSpace(g.ImportPolicy)).WithMessage($"Policy names: {ConfigIdentifier.Description}.");
        RuleFor(g => g.ExportPolicy).Must(p => ConfigIdentifier.IsValid(p!.Trim())).When(g => !string.IsNullOrWhiteSpace(g.ExportPolicy)).WithMessage($"Policy names: {ConfigIdentifier.Description}.");
    }
}
