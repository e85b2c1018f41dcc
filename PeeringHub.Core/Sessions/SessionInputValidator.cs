using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Reference.Irr;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;

namespace PeeringHub.Core.Sessions;

public sealed class SessionInputValidator : AbstractValidator<SessionInput>
{
    /// <summary>Characters a TCP-MD5 password may use: nothing that needs quoting in BIRD strings, FRR lines or a shell.</summary>
    public const string Md5Alphabet = "A–Z a–z 0–9 and - _ . + = @ % , : / ! # ^ ~ *";
    const string Md5Pattern = @"^[A-Za-z0-9\-_.+=@%,:/!#^~*]{1,80}$";

    public SessionInputValidator(PeeringHubDbContext db, IOptions<SessionOptions> options)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        var allowPrivate = options.Value.AllowPrivateAsnForPrivateSessions;

        RuleFor(s => s.Type).IsInEnum();
        RuleFor(s => s.RouterId).MustAsync(async (id, ct) => await db.Routers.AnyAsync(r => r.Id == id, ct)).WithMessage("Pick a router.");
        RuleFor(s => s.PeeringLanId).NotNull().When(s => s.Type is SessionType.Exchange or SessionType.RouteServer)
            .WithMessage("An exchange or route-server session needs an exchange and peering LAN.");
        RuleFor(s => s.PeeringLanId).Null().When(s => s.Type is SessionType.Private or SessionType.LocalPeer)
            .WithMessage("A private or local-peer session is not on an exchange: choose \"No Exchange\".");
        RuleFor(s => s.PeeringLanId).MustAsync(async (id, ct) => id is null || await db.PeeringLans.AnyAsync(l => l.Id == id, ct)).WithMessage("Pick an existing peering LAN.");
        RuleFor(s => s.PeerGroupId).MustAsync(async (input, id, ct) => id is null || await db.PeerGroups.AnyAsync(g => g.Id == id && g.RouterId == input.RouterId, ct))
            .WithMessage("This peer group belongs to another router.");

        RuleFor(s => s.PeerAsn).ValidAsn()
            .Must((input, asn) => !(Asn.IsPrivate(asn) || Asn.IsReserved(asn)) || allowPrivate && input.Type is SessionType.Private or SessionType.LocalPeer)
            .WithMessage(input => input.Type is SessionType.Private or SessionType.LocalPeer
                ? "Private and reserved ASNs are not allowed by the settings."
                : "Private and reserved ASNs are only allowed for private or local-peer sessions.");
        RuleFor(s => s.LocalAsn).Must(a => a is null || Asn.IsValid(a.Value)).WithMessage("ASN must be between 1 and 4294967295.");

        RuleFor(s => s.PeerIp).NotEmpty().WithMessage("Peer IP is required.")
            .Must(ip => IpPrefix.TryParseAddress(ip, out _)).WithMessage("Enter a valid IPv4 or IPv6 address.")
            .MustAsync((input, ip, ct) => InsideLan(db, input.PeeringLanId, ip, ct)).WithMessage("The address is not inside the peering LAN's prefix of its family.")
            .MustAsync((input, ip, ct) => FreeOnRouter(db, input, ip, ct)).WithMessage("This router already has a session with this peer IP.");

        RuleFor(s => s.Md5Password).Matches(Md5Pattern).When(s => !string.IsNullOrEmpty(s.Md5Password))
            .WithMessage($"Up to 80 characters of {Md5Alphabet}.");
        RuleFor(s => s.AsSetName).Must(n => string.IsNullOrWhiteSpace(n) || AsSetName.IsValid(n))
            .WithMessage("Enter an AS-SET in RPSL syntax, e.g. AS-EXAMPLE or RIPE::AS-EXAMPLE.");
        RuleFor(s => s.Description).SingleLine(200);
        RuleFor(s => s.Notes).MaximumLength(10_000);
        RuleFor(s => s.MaxPrefix).InclusiveBetween(1, 2_000_000).When(s => s.MaxPrefix is not null);
        RuleFor(s => s.DesiredAdminState).IsInEnum();
    }

    static async Task<bool> InsideLan(PeeringHubDbContext db, int? lanId, string ip, CancellationToken ct)
    {
        if (lanId is null || !IpPrefix.TryParseAddress(ip, out var address)) return true;
        var lan = await db.PeeringLans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lanId, ct);
        if (lan is null) return true;
        var prefix = IpPrefix.FamilyOf(address) == 4 ? lan.Ipv4Prefix : lan.Ipv6Prefix;
        return prefix is not null && IpPrefix.Contains(prefix, address);
    }

    static async Task<bool> FreeOnRouter(PeeringHubDbContext db, SessionInput input, string ip, CancellationToken ct)
    {
        if (!IpPrefix.TryParseAddress(ip, out var address)) return true;
        var text = IpPrefix.Canonical(address);
        return !await db.Sessions.AnyAsync(s => s.RouterId == input.RouterId && s.PeerIp == text && s.Id != input.Id, ct);
    }
}
