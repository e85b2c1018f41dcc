using Microsoft.Extensions.Options;

namespace PeeringHub.Core.Reference.Irr;

/// <summary>
/// Expands ASNs and AS-SETs through the configured IRRd: <c>!i&lt;set&gt;,1</c> for members, then <c>!g</c>/<c>!6</c> per
/// member ASN, as bgpq4 does, so both produce the same prefix lists. Enforces <see cref="IrrOptions.MaxSetSize"/>.
/// In the demo, the demo's own objects are asked of the in-process <see cref="Demo.DemoIrrSource"/> instead (same protocol).
/// </summary>
public sealed class IrrExpansionService(IOptions<IrrOptions> options, Demo.DemoIrrSource? demo = null)
{
    private readonly IrrOptions _o = options.Value;

    public async Task<AsSetExpansion> ExpandAsync(AsSetName name, bool withPrefixes = true, CancellationToken ct = default)
    {
        var local = demo is not null && demo.Holds(name) ? demo.Endpoint : null;
        var (host, port) = local ?? _o.ParseServer();
        // SOURCE::NAME restricts this query to that one source, whatever the configured order; the demo IRR has one source.
        var sources = name.Source is { } s ? [s] : local is null ? _o.SourceList : [];
        await using var client = await IrrWhoisClient.ConnectAsync(host, port, sources, _o.Timeout, ct);

        List<long> asns;
        if (name.Asn is { } single)
            asns = [single];
        else
        {
            var tokens = await client.ExpandSetAsync(name.Name, ct)
                         ?? throw new IrrException(IrrErrorKind.NotFound, $"AS-SET {name} not found in {Describe(sources)}");
            asns = tokens.Select(t => t.StartsWith("AS", StringComparison.OrdinalIgnoreCase) && long.TryParse(t.AsSpan(2), out var a) ? a
                    : throw new IrrException(IrrErrorKind.Protocol, $"IRR expansion of {name} returned '{t}', not an ASN"))
                .Distinct().Order().ToList();
            CheckLimit(name, asns.Count, "member ASNs");
        }
        if (!withPrefixes)
            return new AsSetExpansion(name, asns, [], []);

        var v4 = new List<string>();
        var v6 = new List<string>();
        foreach (var asn in asns)
        {
            v4.AddRange(await client.RoutesByOriginAsync(asn, ipv6: false, ct));
            v6.AddRange(await client.RoutesByOriginAsync(asn, ipv6: true, ct));
            CheckLimit(name, v4.Count, "IPv4 prefixes");
            CheckLimit(name, v6.Count, "IPv6 prefixes");
        }
        return new AsSetExpansion(name, asns, PrefixOrder.Normalize(v4), PrefixOrder.Normalize(v6));
    }

    private void CheckLimit(AsSetName name, int count, string what)
    {
        if (count > _o.MaxSetSize)
            throw new IrrException(IrrErrorKind.TooLarge,
                $"{name} expands to {(what.EndsWith("ASNs") ? count.ToString() : "more than " + _o.MaxSetSize)} {what}, over the limit of {_o.MaxSetSize} (PeeringHub:Irr:MaxSetSize)");
    }

    private static string Describe(IReadOnlyList<string> sources) =>
        sources.Count == 0 ? "the server's default sources" : "sources " + string.Join(',', sources);
}
