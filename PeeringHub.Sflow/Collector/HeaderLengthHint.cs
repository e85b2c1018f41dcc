namespace PeeringHub.Sflow.Collector;

/// <summary>
/// Tells an operator what a sampled-header length hides from BGP detection. Sizes: Ethernet 14 + 4 per 802.1Q tag, IPv4 20,
/// IPv6 40, TCP 20 (32 with the timestamps BGP speakers use), TCP ports need 4 bytes, flags 14, a BGP marker and type 19.
/// </summary>
public static class HeaderLengthHint
{
    /// <summary>The header length detection needs for IPv6 BGP messages behind Q-in-Q with TCP timestamps, rounded up.</summary>
    public const int Recommended = 128;

    /// <param name="headerLength">The length the switch cuts headers at.</param>
    /// <param name="tags">Most 802.1Q tags seen on this agent's frames (0, 1 or 2).</param>
    public static string? For(int headerLength, int tags)
    {
        if (headerLength >= Recommended) return null;
        var l2 = 14 + 4 * tags;
        var cut = new List<string>(3);
        if (headerLength < l2 + 40 + 4) cut.Add("IPv6 TCP ports are cut");
        else if (headerLength < l2 + 40 + 14) cut.Add("IPv6 TCP flags are cut");
        if (headerLength < l2 + 20 + 14) cut.Add("IPv4 TCP flags are cut");
        if (headerLength < l2 + 40 + 32 + 19) cut.Add(headerLength < l2 + 20 + 32 + 19 ? "BGP messages are not visible (IPv4 and IPv6)" : "IPv6 BGP messages are not visible");
        if (cut.Count == 0) return null;
        var with = tags switch { 0 => "", 1 => " with 802.1Q", _ => " with Q-in-Q" };
        return $"{headerLength}-byte headers{with}: {string.Join("; ", cut)}; set the sampled header to {Recommended} bytes.";
    }
}
