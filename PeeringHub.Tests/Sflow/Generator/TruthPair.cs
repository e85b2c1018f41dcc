namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>
/// A generated address pair (A &lt; B numerically) and what it is: "established-payload", "established-bidir" (bare ACKs
/// both ways), "refused" (one-way bare ACKs + SYN/RST/FIN), "inconclusive" (IPv6 seen only through 64-byte headers),
/// "nonmatrix" (a session on a LAN without the matrix flag).
/// </summary>
public sealed record TruthPair(int LanId, int AddressFamily, string AddressA, string AddressB, string Category)
{
    public bool ShouldBeDetected => Category.StartsWith("established", StringComparison.Ordinal);
}
