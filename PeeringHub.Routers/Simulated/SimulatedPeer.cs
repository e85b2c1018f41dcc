namespace PeeringHub.Routers.Simulated;

/// <summary>
/// The far side of a simulated session: what the neighbor at one address has configured for us. A session comes up only when
/// our side's configuration agrees with it (its AS, the AS it expects from us, the TCP-MD5 password), as a real one does.
/// </summary>
/// <param name="Asn">The neighbor's own AS.</param>
/// <param name="ExpectsAsn">The AS it expects us to be (our router's ASN or the session's local-as).</param>
/// <param name="Password">The password it uses; null for none.</param>
/// <param name="Answers">False when it has not configured its side yet: our side stays Active with "Connection refused".</param>
/// <param name="Prefixes">How many prefixes it announces.</param>
/// <param name="Flaky">A link that flaps now and then (the demo's private interconnects).</param>
internal sealed record SimulatedPeer(long Asn, long ExpectsAsn, string? Password, bool Answers, int Prefixes, bool Flaky)
{
    /// <summary>
    /// About one peer in four has not configured its side, chosen by address so it is the same after a restart (the router's
    /// memory is not kept) and on every machine.
    /// </summary>
    public static bool AnswersAt(string ip) => Stable(ip) % 4 != 3;

    /// <summary>A prefix count that looks like a small network's and stays the same for an address.</summary>
    public static int PrefixesAt(string ip) => 3 + (int)(Stable(ip) % 40);

    static uint Stable(string s)
    {
        // FNV-1a: string.GetHashCode changes per process.
        var h = 2166136261u;
        foreach (var c in s) h = (h ^ c) * 16777619u;
        return h;
    }
}
