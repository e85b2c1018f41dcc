using System.Net;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Inventory;

public sealed partial class RouterInputValidator : AbstractValidator<RouterInput>
{
    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9.\-_]{0,98}[A-Za-z0-9])?$")] private static partial Regex SafeName();
    [GeneratedRegex(@"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*$")] private static partial Regex HostName();
    [GeneratedRegex(@"^[a-z_][a-z0-9_\-]{0,31}$")] private static partial Regex UnixUser();
    [GeneratedRegex(@"^/[A-Za-z0-9._/\-]+$")] private static partial Regex SocketPath();

    public RouterInputValidator(PeeringHubDbContext db, Microsoft.Extensions.Options.IOptions<Settings.PeeringHubOptions> options)
    {
        var local = options.Value.LocalTransport;
        // Stop at the first failing rule of a field: no database lookups for values that are already malformed.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Name).NotEmpty().WithMessage("Name is required.")
            .Matches(SafeName()).WithMessage("Use letters, digits, '.', '-' and '_' (up to 100 characters).")
            .MustAsync(async (input, name, ct) => !await db.Routers.AnyAsync(r => r.Name == name.Trim() && r.Id != input.Id, ct))
            .WithMessage("A router with this name already exists.");
        RuleFor(r => r.Platform).Must(p => RouterPlatform.All.Contains(p) || RouterPlatform.IsSimulated(p))
            .WithMessage($"Platform must be one of: {string.Join(", ", RouterPlatform.All)}.");
        // A simulated platform is never chosen: only the demo seed creates such routers, and an edit may keep it as it is.
        RuleFor(r => r.Platform).MustAsync(async (input, p, ct) => input.Id != 0 && await db.Routers.AnyAsync(r => r.Id == input.Id && r.Platform == p, ct))
            .When(r => RouterPlatform.IsSimulated(r.Platform))
            .WithMessage($"The simulated platforms belong to the demo's routers only; choose {string.Join(" or ", RouterPlatform.All)}.");
        RuleFor(r => r.Platform).Must(_ => options.Value.SeedDemo).When(r => RouterPlatform.IsSimulated(r.Platform))
            .WithMessage("Simulated routers are off on this server (PeeringHub:SeedDemo is false).");
        RuleFor(r => r.Transport).IsInEnum()
            .Must((input, t) => t == RouterTransport.Simulated == RouterPlatform.IsSimulated(input.Platform))
            .WithMessage(input => RouterPlatform.IsSimulated(input.Platform)
                ? "A simulated router has no SSH or socket: its transport is Simulated."
                : "The Simulated transport is only for the demo's simulated routers; choose SSH or Local.");
        RuleFor(r => r.Address).NotEmpty().WithMessage("Address is required.")
            .Must((input, a) => input.Transport == RouterTransport.Local ? SocketPath().IsMatch(a.Trim()) : IsHostOrIp(a.Trim()))
            .WithMessage(input => input.Transport == RouterTransport.Local
                ? "Enter the absolute path of the router's control socket."
                : "Enter a valid IPv4/IPv6 address or host name.");
        // One message whatever the path: the answer must not tell which files exist on this machine.
        RuleFor(r => r.Address).Must(a => local.Allows(a.Trim())).When(r => r.Transport == RouterTransport.Local && SocketPath().IsMatch(r.Address?.Trim() ?? ""))
            .WithMessage(local.Refusal);
        RuleFor(r => r.Address).Must(a => !IsLoopbackOrUnspecified(a.Trim()))
            .When(r => r.Transport != RouterTransport.Local && !options.Value.AllowLoopbackRouters && !string.IsNullOrWhiteSpace(r.Address))
            .WithMessage(LoopbackRefused);
        RuleFor(r => r.SshPort).InclusiveBetween(1, 65535).WithMessage("Port must be between 1 and 65535.");
        When(r => r.Transport == RouterTransport.Ssh, () =>
        {
            RuleFor(r => r.SshUser).NotEmpty().WithMessage("SSH user is required.").Matches(UnixUser()).WithMessage("Not a valid user name.");
            RuleFor(r => r.SshPrivateKey).NotEmpty()
                .When(r => (r.Id == 0 || !r.HasSshPrivateKey) && string.IsNullOrEmpty(r.SshPassword) && !(r.Id != 0 && r.HasSshPassword))
                .WithMessage("A private key or a password is required for SSH.");
        });
        RuleFor(r => r.SshPrivateKey).Must(BeOpenSshOrPem).When(r => !string.IsNullOrWhiteSpace(r.SshPrivateKey))
            .WithMessage("Paste the private key in OpenSSH or PEM format (-----BEGIN ... PRIVATE KEY-----).");
        // Control characters would end the secret early in a keyboard-interactive answer; length bounds what we encrypt.
        RuleFor(r => r.SshPassword).Must(NoControl).MaximumLength(1024).When(r => !string.IsNullOrEmpty(r.SshPassword))
            .WithMessage("The password must not contain control characters (at most 1024 characters).");
        RuleFor(r => r.SshKeyPassphrase).Must(NoControl).MaximumLength(1024).When(r => !string.IsNullOrEmpty(r.SshKeyPassphrase))
            .WithMessage("The passphrase must not contain control characters (at most 1024 characters).");
        RuleFor(r => r.LocalAsn).ValidAsn();
        RuleFor(r => r.NetworkId).MustAsync(async (id, ct) => id is null || await db.Networks.AnyAsync(n => n.Id == id && n.IsOurs, ct))
            .WithMessage("Pick one of our networks.");
    }

    public const string LoopbackRefused =
        "A router cannot be this server's own loopback or unspecified address (127.0.0.0/8, ::1, 0.0.0.0, ::, localhost). " +
        "For a router on this machine use the Local transport; for a lab, set PeeringHub:AllowLoopbackRouters.";

    /// <summary>127.0.0.0/8, ::1, their IPv4-mapped forms, 0.0.0.0, :: and the "localhost" names (RFC 6761).</summary>
    static bool IsLoopbackOrUnspecified(string s)
    {
        if (IpPrefix.TryParseAddress(s, out var ip))
        {
            if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
            return IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any);
        }
        var host = s.TrimEnd('.');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    static bool IsHostOrIp(string s) => IpPrefix.TryParseAddress(s, out _) || HostName().IsMatch(s) && !s.All(c => char.IsDigit(c) || c == '.');

    static bool NoControl(string? s) => s is null || !s.Any(char.IsControl);

    static bool BeOpenSshOrPem(string? key)
    {
        var k = key!.Trim();
        return k.StartsWith("-----BEGIN ", StringComparison.Ordinal) && k.Contains("PRIVATE KEY-----", StringComparison.Ordinal) &&
               k.EndsWith("-----", StringComparison.Ordinal) && k.Length < 16_384;
    }
}
