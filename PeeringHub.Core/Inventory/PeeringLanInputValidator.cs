using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;

namespace PeeringHub.Core.Inventory;

public sealed class PeeringLanInputValidator : AbstractValidator<PeeringLanInput>
{
    public PeeringLanInputValidator(PeeringHubDbContext db)
    {
        // Stop at the first failing rule of a field: no database lookups for values that are already malformed.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(l => l.ExchangeId).MustAsync(async (id, ct) => await db.Exchanges.AnyAsync(x => x.Id == id, ct)).WithMessage("Pick an exchange.");
        RuleFor(l => l.Name).NotEmpty().WithMessage("Name is required.").SingleLine(200)
            .MustAsync(async (input, name, ct) => !await db.PeeringLans.AnyAsync(l => l.ExchangeId == input.ExchangeId && l.Name == (name ?? "").Trim() && l.Id != input.Id, ct))
            .WithMessage("This exchange already has a LAN with this name.");
        RuleFor(l => l.VlanId).InclusiveBetween(1, 4094).When(l => l.VlanId is not null).WithMessage("VLAN id must be between 1 and 4094.");
        RuleFor(l => l.Ipv4Prefix).PrefixOfFamily(4);
        RuleFor(l => l.Ipv6Prefix).PrefixOfFamily(6);
        RuleFor(l => l).Must(l => !string.IsNullOrWhiteSpace(l.Ipv4Prefix) || !string.IsNullOrWhiteSpace(l.Ipv6Prefix))
            .WithName(nameof(PeeringLanInput.Ipv4Prefix)).OverridePropertyName(nameof(PeeringLanInput.Ipv4Prefix))
            .WithMessage("A LAN needs an IPv4 or an IPv6 prefix.");
    }
}
