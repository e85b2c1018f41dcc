using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Reference.PeeringDb;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Inventory;

public sealed class MemberInputValidator : AbstractValidator<MemberInput>
{
    public MemberInputValidator(PeeringHubDbContext db)
    {
        // Stop at the first failing rule of a field: no database lookups for values that are already malformed.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.KeepFields).Must(f => f.All(PeeringDbManagedFields.Member.Contains))
            .WithMessage($"Only these fields can be kept: {string.Join(", ", PeeringDbManagedFields.Member)}.");
        RuleFor(m => m.NetworkId).MustAsync(async (id, ct) => await db.Networks.AnyAsync(n => n.Id == id, ct)).WithMessage("Pick a network.");
        RuleFor(m => m.PeeringLanId).MustAsync(async (id, ct) => await db.PeeringLans.AnyAsync(l => l.Id == id, ct)).WithMessage("Pick a peering LAN.");
        AddressRules(RuleFor(m => m.Ipv4Address), db, 4);
        AddressRules(RuleFor(m => m.Ipv6Address), db, 6);
        RuleFor(m => m).Must(m => !string.IsNullOrWhiteSpace(m.Ipv4Address) || !string.IsNullOrWhiteSpace(m.Ipv6Address))
            .OverridePropertyName(nameof(MemberInput.Ipv4Address)).WithMessage("A member needs an IPv4 or an IPv6 address.");
    }

    static void AddressRules(IRuleBuilderInitial<MemberInput, string?> rule, PeeringHubDbContext db, int f) =>
            rule.AddressOfFamily(f)
                .MustAsync((m, ip, ct) => LanHasPrefix(db, m.PeeringLanId, ip, f, ct))
                .WithMessage($"This LAN has no IPv{f} prefix: add one to the LAN first (member addresses must lie inside it, and sFlow detection only knows member addresses).")
                .MustAsync((m, ip, ct) => InsideLan(db, m.PeeringLanId, ip, f, ct)).WithMessage($"The address is not inside the LAN's IPv{f} prefix.")
                .CustomAsync((ip, context, ct) => FreeOnExchangeAsync(db, context, ip, f, ct));

    static async Task<bool> LanHasPrefix(PeeringHubDbContext db, int lanId, string? ip, int family, CancellationToken ct)
    {
        if (!IpPrefix.TryParseAddress(ip, out _)) return true; // empty, or reported by the format rule
        var lan = await db.PeeringLans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lanId, ct);
        return lan is null || (family == 4 ? lan.Ipv4Prefix : lan.Ipv6Prefix) is not null;
    }

    static async Task<bool> InsideLan(PeeringHubDbContext db, int lanId, string? ip, int family, CancellationToken ct)
    {
        if (!IpPrefix.TryParseAddress(ip, out var address)) return true; // reported by the format rule
        var lan = await db.PeeringLans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lanId, ct);
        if (lan is null) return true;
        var prefix = family == 4 ? lan.Ipv4Prefix : lan.Ipv6Prefix;
        return prefix is not null && IpPrefix.Contains(prefix, address);
    }

    /// <summary>
    /// An address is unique on the exchange, except on LANs that sFlow detection tells apart by VLAN (two different tags,
    /// or one tagged and one untagged): there detection keys samples by (VLAN, address).
    /// </summary>
    static async Task FreeOnExchangeAsync(PeeringHubDbContext db, ValidationContext<MemberInput> context, string? ip, int family, CancellationToken ct)
    {
        if (!IpPrefix.TryParseAddress(ip, out var address)) return;
        var m = context.InstanceToValidate;
        var lan = await db.PeeringLans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == m.PeeringLanId, ct);
        if (lan is null) return;
        var text = IpPrefix.Canonical(address);
        var users = await db.Members.AsNoTracking()
            .Where(x => x.PeeringLan!.ExchangeId == lan.ExchangeId && x.Id != m.Id && (family == 4 ? x.Ipv4Address == text : x.Ipv6Address == text))
            .Select(x => new { x.PeeringLanId, LanName = x.PeeringLan!.Name, x.PeeringLan.VlanId, x.PeeringLan.VlanMode, x.Network!.Asn }).ToListAsync(ct);
        foreach (var u in users)
        {
            if (u.PeeringLanId == lan.Id)
            {
                context.AddFailure($"Another member (AS{u.Asn}) already uses this address on this LAN.");
                return;
            }
            if (PeeringLan.DetectionVlansOverlap(lan.DetectionVlan, PeeringLan.DetectionVlanOf(u.VlanId, u.VlanMode)))
            {
                context.AddFailure($"AS{u.Asn} uses this address on LAN '{u.LanName}' of the same exchange. The same address is only allowed on LANs " +
                                   "with different VLANs (two different tags, or one tagged and one untagged), because sFlow detection tells them apart by VLAN.");
                return;
            }
        }
    }
}
