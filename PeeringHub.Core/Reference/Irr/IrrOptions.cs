namespace PeeringHub.Core.Reference.Irr;

/// <summary>Bound from <c>PeeringHub:Irr</c>.</summary>
public sealed class IrrOptions
{
    public const string Section = "PeeringHub:Irr";

    /// <summary>IRRd whois server as host:port (port defaults to 43).</summary>
    public string Server { get; set; } = "rr.ntt.net:43";
    /// <summary>Comma-separated source order for <c>!s</c>, e.g. "RIPE,ARIN,RADB"; empty = the server's default.</summary>
    public string Sources { get; set; } = "";
    /// <summary>How long an imported expansion is served from the database before Import asks the IRR again.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromHours(6);
    /// <summary>Expansions with more member ASNs (or more prefixes per family) than this are refused and reported.</summary>
    public int MaxSetSize { get; set; } = 50_000;
    /// <summary>Connect and per-reply timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public (string Host, int Port) ParseServer()
    {
        var s = Server.Trim();
        var colon = s.LastIndexOf(':');
        // "host:port"; an IPv6 literal is written [addr]:port
        if (colon > 0 && s.IndexOf(':') == colon || s.StartsWith('[') && colon > s.IndexOf(']'))
            return (s[..colon].Trim('[', ']'), int.Parse(s[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        return (s.Trim('[', ']'), 43);
    }

    public IReadOnlyList<string> SourceList =>
        Sources.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => x.ToUpperInvariant()).ToList();
}
