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
        RuleFor(m => m.Ipv4Address).AddressOfFamily(4)
            .MustAsync((m, ip, ct) => InsideLan(db, m.PeeringLanId, ip, 4, ct)).WithMessage("The address is not inside the LAN's IPv4 prefix.")
            .MustAsync((m, ip, ct) => Free(db, m, ip, 4, ct)).WithMessage("Another member already uses this address on this LAN.");
        RuleFor(m => m.Ipv6Address).AddressOfFamily(6)
            .MustAsync((m, ip, ct) => InsideLan(db, m.PeeringLanId, ip, 6, ct)).WithMessage("The address is not inside the LAN's IPv6 prefix.")
            .MustAsync((m, ip, ct) => Free(db, m, ip, 6, ct)).WithMessage("Another member already uses this address on this LAN.");
        RuleFor(m => m).Must(m => !string.IsNullOrWhiteSpace(m.Ipv4Address) || !string.IsNullOrWhiteSpace(m.Ipv6Address))
            .OverridePropertyName(nameof(MemberInput.Ipv4Address)).WithMessage("A member needs an IPv4 or an IPv6 address.");
    }

    static async Task<bool> InsideLan(PeeringHubDbContext db, int lanId, string? ip, int family, CancellationToken ct)
    {
        if (!IpPrefix.TryParseAddress(ip, out var address)) return true; // reported by the format rule
        var lan = await db.PeeringLans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lanId, ct);
        if (lan is null) return true;
        var prefix = family == 4 ? lan.Ipv4Prefix : lan.Ipv6Prefix;
        return prefix is not null && IpPrefix.Contains(prefix, address);
    }

    static async Task<bool> Free(PeeringHubDbContext db, MemberInput m, string? ip, int family, CancellationToken ct)
    {
        if (!IpPrefix.TryParseAddress(ip, out var address)) return true;
        var text = IpPrefix.Canonical(address);
        return family == 4
            ? !await db.Members.AnyAsync(x => x.PeeringLanId == m.PeeringLanId && x.Ipv4Address == text && x.Id != m.Id, ct)
            : !await db.Members.AnyAsync(x => x.PeeringLanId == m.PeeringLanId && x.Ipv6Address == text && x.Id != m.Id, ct);
    }
}
