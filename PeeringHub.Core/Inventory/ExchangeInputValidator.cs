using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Core.Inventory;

public sealed class ExchangeInputValidator : AbstractValidator<ExchangeInput>
{
    public ExchangeInputValidator(PeeringHubDbContext db)
    {
        // Stop at the first failing rule of a field: no database lookups for values that are already malformed.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.KeepFields).Must(f => f.All(PeeringDbManagedFields.Exchange.Contains))
            .WithMessage($"Only these fields can be kept: {string.Join(", ", PeeringDbManagedFields.Exchange)}.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name is required.").SingleLine(200)
            .MustAsync(async (input, name, ct) => !await db.Exchanges.AnyAsync(x => x.Name == (name ?? "").Trim() && x.Id != input.Id, ct))
            .WithMessage("An exchange with this name already exists.");
        RuleFor(x => x.City).SingleLine(100);
        RuleFor(x => x.Country).Matches("^[A-Za-z]{2}$").When(x => !string.IsNullOrWhiteSpace(x.Country))
            .WithMessage("Use the two-letter ISO country code.");
        RuleFor(x => x.Website).OptionalUrl();
        RuleFor(x => x.PeeringDbId).GreaterThan(0).When(x => x.PeeringDbId is not null);
    }
}
