using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

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
        RuleFor(l => l.VlanId)
            .Must(v => v != 0).WithMessage("VLAN 0 is not a VLAN tag: choose the Untagged kind (the switch reports no VLAN or VLAN 0) and leave the VLAN id empty.")
            .InclusiveBetween(1, 4094).When(l => l.VlanId is not null).WithMessage("VLAN id must be between 1 and 4094.");
        RuleFor(l => l.VlanMode).IsInEnum().WithMessage("VLAN kind must be Tagged, Untagged or Any.")
            .Must((l, mode) => mode != VlanMode.Tagged || l.VlanId is not null)
            .WithMessage("A tagged LAN needs its VLAN id (1–4094): sFlow detection matches samples to the LAN by it.")
            .Must((l, mode) => mode is null or VlanMode.Tagged || l.VlanId is null)
            .WithMessage("Leave the VLAN id empty for an untagged or any-VLAN LAN, or choose Tagged.");
        RuleFor(l => l.Ipv4Prefix).PrefixOfFamily(4);
        RuleFor(l => l.Ipv6Prefix).PrefixOfFamily(6);
        RuleFor(l => l).Must(l => !string.IsNullOrWhiteSpace(l.Ipv4Prefix) || !string.IsNullOrWhiteSpace(l.Ipv6Prefix))
            .WithName(nameof(PeeringLanInput.Ipv4Prefix)).OverridePropertyName(nameof(PeeringLanInput.Ipv4Prefix))
            .WithMessage("A LAN needs an IPv4 or an IPv6 prefix: member addresses are checked against it and sFlow detection only knows addresses of members.");
        RuleFor(l => l).CustomAsync((l, context, ct) => NoSharedAddressConfusionAsync(db, l, context, ct))
            .When(l => l.Id != 0 && l.VlanId is null or (>= 1 and <= 4094));
    }

    /// <summary>
    /// A VLAN change must not make two LANs of the exchange indistinguishable while they share a member address:
    /// sFlow detection could not tell which LAN a sample belongs to.
    /// </summary>
    static async Task NoSharedAddressConfusionAsync(PeeringHubDbContext db, PeeringLanInput l, ValidationContext<PeeringLanInput> context, CancellationToken ct)
    {
        var key = PeeringLan.DetectionVlanOf(l.VlanId, l.EffectiveVlanMode);
        var mine = await db.Members.AsNoTracking().Where(m => m.PeeringLanId == l.Id).Select(m => new { m.Ipv4Address, m.Ipv6Address }).ToListAsync(ct);
        var addresses = mine.SelectMany(m => new[] { m.Ipv4Address, m.Ipv6Address }).OfType<string>().ToHashSet();
        if (addresses.Count == 0) return;
        var others = await db.Members.AsNoTracking()
            .Where(m => m.PeeringLan!.ExchangeId == l.ExchangeId && m.PeeringLanId != l.Id
                        && (addresses.Contains(m.Ipv4Address!) || addresses.Contains(m.Ipv6Address!)))
            .Select(m => new { m.Ipv4Address, m.Ipv6Address, m.PeeringLan!.Name, m.PeeringLan.VlanId, m.PeeringLan.VlanMode }).ToListAsync(ct);
        var clash = others.FirstOrDefault(o => PeeringLan.DetectionVlansOverlap(key, PeeringLan.DetectionVlanOf(o.VlanId, o.VlanMode)));
        if (clash is null) return;
        var address = addresses.Contains(clash.Ipv4Address ?? "") ? clash.Ipv4Address : clash.Ipv6Address;
        context.AddFailure(nameof(PeeringLanInput.VlanId),
            $"Members of this LAN share address {address} with LAN '{clash.Name}'; with this VLAN setting sFlow detection could not tell the two LANs apart. " +
            "Give them different VLANs (two tags, or one tagged and one untagged) or remove the duplicate address.");
    }
}
