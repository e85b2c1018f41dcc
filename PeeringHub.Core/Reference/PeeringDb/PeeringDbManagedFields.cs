using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>The fields a PeeringDB refresh or IX-F import may overwrite — the choices for "keep my value".</summary>
public static class PeeringDbManagedFields
{
    public static readonly IReadOnlyList<string> Network =
    [
        nameof(Domain.Network.Name), nameof(Domain.Network.IrrAsSet), nameof(Domain.Network.MaxPrefixV4), nameof(Domain.Network.MaxPrefixV6),
        nameof(Domain.Network.PeeringPolicy), nameof(Domain.Network.Website), nameof(Domain.Network.NocEmail), nameof(Domain.Network.PeeringEmail),
        nameof(Domain.Network.PolicyEmail),
    ];

    public static readonly IReadOnlyList<string> Exchange =
        [nameof(Domain.Exchange.Name), nameof(Domain.Exchange.City), nameof(Domain.Exchange.Country), nameof(Domain.Exchange.Website)];

    public static readonly IReadOnlyList<string> Member =
        [nameof(Domain.Member.Ipv4Address), nameof(Domain.Member.Ipv6Address), nameof(Domain.Member.IsRouteServerClient)];
}
