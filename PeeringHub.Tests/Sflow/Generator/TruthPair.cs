using PeeringHub.Core.Domain;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>
/// A generated address pair (A &lt; B numerically) and what it is: "established" (BGP UPDATE/KEEPALIVE messages, bare ACKs,
/// payload without a marker), "unconfirmed" (bare ACKs both ways: the phantom IXP Manager's rule lets through), "refused"
/// (handshake, the initiator's OPEN, RST, FIN: a peer without a matching protocol), "inconclusive" (IPv6 seen only through
/// 64-byte headers), "nonmatrix" (a session on a LAN without the matrix flag).
/// </summary>
public sealed record TruthPair(int LanId, int AddressFamily, string AddressA, string AddressB, string Category)
{
    public bool ShouldBeDetected => Category == "established";

    /// <summary>The state detection must report; null for pairs it must not see (non-matrix LANs).</summary>
    public DetectedSessionState? ExpectedState => Category switch
    {
        "established" => DetectedSessionState.Established,
        "unconfirmed" => DetectedSessionState.Unconfirmed,
        "refused" => DetectedSessionState.Refused,
        "inconclusive" => DetectedSessionState.Inconclusive,
        _ => null,
    };
}
