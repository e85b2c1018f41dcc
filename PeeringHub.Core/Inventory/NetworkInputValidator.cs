using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Reference.PeeringDb;
using PeeringHub.Core.Reference.Irr;

namespace PeeringHub.Core.Inventory;

public sealed class NetworkInputValidator : AbstractValidator<NetworkInput>
{
    public NetworkInputValidator(PeeringHubDbContext db)
    {
        // Stop at the first failing rule of a field: no database lookups for values that are already malformed.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.KeepFields).Must(f => f.All(PeeringDbManagedFields.Network.Contains))
            .WithMessage($"Only these fields can be kept: {string.Join(", ", PeeringDbManagedFields.Network)}.");
        RuleFor(n => n.Asn).ValidAsn()
            .MustAsync(async (input, asn, ct) => !await db.Networks.AnyAsync(n => n.Asn == asn && n.Id != input.Id, ct))
            .WithMessage(n => $"AS{n.Asn} already exists.");
        RuleFor(n => n.Name).NotEmpty().WithMessage("Name is required.").SingleLine(200);
        RuleFor(n => n.IrrAsSet).Must(s => string.IsNullOrWhiteSpace(s) || AsSetName.IsValid(s))
            .WithMessage("Enter an AS-SET in RPSL syntax, e.g. AS-EXAMPLE or RIPE::AS-EXAMPLE.");
        RuleFor(n => n.PeeringDbId).GreaterThan(0).When(n => n.PeeringDbId is not null);
        RuleFor(n => n.PeeringPolicy).SingleLine(64);
        RuleFor(n => n.Website).OptionalUrl();
        RuleFor(n => n.NocEmail).OptionalEmail();
        RuleFor(n => n.PeeringEmail).OptionalEmail();
        RuleFor(n => n.PolicyEmail).OptionalEmail();
        RuleFor(n => n.MaxPrefixV4).InclusiveBetween(1, 2_000_000).When(n => n.MaxPrefixV4 is not null);
        RuleFor(n => n.MaxPrefixV6).InclusiveBetween(1, 2_000_000).When(n => n.MaxPrefixV6 is not null);
        RuleFor(n => n.Notes).MaximumLength(10_000);
    }
}
