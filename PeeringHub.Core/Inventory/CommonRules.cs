using FluentValidation;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Inventory;

/// <summary>Field rules shared by several inputs, so every form says the same thing about the same kind of value.</summary>
public static class CommonRules
{
    public static IRuleBuilderOptions<T, long> ValidAsn<T>(this IRuleBuilder<T, long> rule) =>
        rule.Must(Asn.IsValid).WithMessage("ASN must be between 1 and 4294967295.");

    public static IRuleBuilderOptions<T, string?> OptionalEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.EmailAddress().WithMessage("Enter a valid e-mail address.").MaximumLength(254);

    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.MaximumLength(max).Must(s => s is null || !s.Any(char.IsControl)).WithMessage("Line breaks and control characters are not allowed.");

    public static IRuleBuilderOptions<T, string?> OptionalUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => string.IsNullOrWhiteSpace(s) || Uri.TryCreate(s, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https"))
            .WithMessage("Enter an http(s) URL.");

    public static IRuleBuilderOptions<T, string?> AddressOfFamily<T>(this IRuleBuilder<T, string?> rule, int family) =>
        rule.Must(s => string.IsNullOrWhiteSpace(s) || IpPrefix.TryParseAddress(s, out var a) && IpPrefix.FamilyOf(a) == family)
            .WithMessage($"Enter a valid IPv{family} address.");

    public static IRuleBuilderOptions<T, string?> PrefixOfFamily<T>(this IRuleBuilder<T, string?> rule, int family) =>
        rule.Must(s => string.IsNullOrWhiteSpace(s) ||
                       IpPrefix.TryParsePrefix(s, out var p) && (p.Value.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 6 : 4) == family
                       // A peering LAN is a subnet, not the Internet: 0.0.0.0/0 made every address "inside the LAN".
                       && p.Value.PrefixLength >= (family == 4 ? 8 : 16))
            .WithMessage($"Enter an IPv{family} prefix in CIDR notation without host bits, at most a /{(family == 4 ? 8 : 16)}, e.g. {(family == 4 ? "185.1.0.0/24" : "2001:7f8:ffff::/64")}.");

    public static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
