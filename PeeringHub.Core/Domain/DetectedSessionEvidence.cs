namespace PeeringHub.Core.Domain;

/// <summary>
/// The sample counts of one detected pair (A the lower address) and the rule that turns them into a
/// <see cref="DetectedSessionState"/> with a sentence saying why. One rule for the sFlow page, the matrix and the peering
/// manager, so they can never disagree.
/// </summary>
/// <param name="Samples">Every TCP/179 sample between the two addresses, inconclusive ones included.</param>
/// <param name="ReverseSamples">Of those, sent from B to A.</param>
/// <param name="SessionMessageSamples">TCP payload starting with the 16-byte 0xFF marker and a KEEPALIVE, UPDATE or ROUTE-REFRESH type.</param>
/// <param name="OpenSamples">Marker with an OPEN type: sent by both sides of a refused connection too, so not proof.</param>
/// <param name="NotificationSamples">Marker with a NOTIFICATION type: a session being refused or torn down.</param>
/// <param name="PayloadSamples">TCP payload whose first bytes are not a readable marker (cut by the sampled header, or a segment in the middle of a message).</param>
/// <param name="AckSamples">Bare ACKs (no payload, no SYN/RST/FIN).</param>
/// <param name="HeaderBytes">Longest sampled header among the inconclusive samples (what the switch sends).</param>
public readonly record struct DetectedSessionEvidence(
    long Samples, long ReverseSamples, long SessionMessageSamples, long OpenSamples, long NotificationSamples,
    long PayloadSamples, long AckSamples, long SynSamples, long ResetSamples, long FinSamples, long InconclusiveSamples, int HeaderBytes)
{
    public long ForwardSamples => Samples - ReverseSamples;

    public DetectedSessionState State => Classify().State;

    /// <summary>The state and the operator-facing reason ("why is this pair (not) established").</summary>
    public (DetectedSessionState State, string Why) Classify()
    {
        if (SessionMessageSamples > 0)
            return (DetectedSessionState.Established, $"BGP session messages (KEEPALIVE/UPDATE) seen in {SessionMessageSamples} samples.");
        if (Samples - InconclusiveSamples <= 0)
            return (DetectedSessionState.Inconclusive,
                $"All {InconclusiveSamples} samples have headers cut before the TCP flags ({HeaderBytes} bytes captured); " +
                "set the sampled header on the switch to 128 bytes to see this pair.");
        if (ResetSamples > 0 || NotificationSamples > 0 || (OpenSamples > 0 && FinSamples > 0))
            return (DetectedSessionState.Refused,
                $"Connections are refused: {SynSamples} SYN, {ResetSamples} RST, {FinSamples} FIN, {OpenSamples} OPEN, {NotificationSamples} NOTIFICATION " +
                "and no KEEPALIVE or UPDATE; one side tries to peer and the other does not accept (no matching BGP neighbor, or it rejects the OPEN).");
        if (OpenSamples > 0)
            return (DetectedSessionState.Unconfirmed, $"BGP OPEN seen ({OpenSamples} samples) but no KEEPALIVE or UPDATE yet.");
        if (PayloadSamples > 0)
            return (DetectedSessionState.Unconfirmed,
                $"TCP payload seen in {PayloadSamples} samples, but none starts with a readable BGP marker (header cut or mid-message); " +
                "a real session shows KEEPALIVE/UPDATE within days.");
        if (AckSamples > 0)
            return (DetectedSessionState.Unconfirmed,
                $"Only bare ACKs ({ForwardSamples} A→B, {ReverseSamples} B→A): a refused connection makes those too; " +
                "a real session shows BGP messages (KEEPALIVE/UPDATE) within days.");
        return (DetectedSessionState.Unconfirmed, $"Only connection attempts ({SynSamples} SYN, {FinSamples} FIN) with no answer seen.");
    }

    /// <summary>Adds two pairs' counts (e.g. IPv4 and IPv6 of the same two members).</summary>
    public static DetectedSessionEvidence operator +(DetectedSessionEvidence x, DetectedSessionEvidence y) => new(
        x.Samples + y.Samples, x.ReverseSamples + y.ReverseSamples, x.SessionMessageSamples + y.SessionMessageSamples,
        x.OpenSamples + y.OpenSamples, x.NotificationSamples + y.NotificationSamples, x.PayloadSamples + y.PayloadSamples,
        x.AckSamples + y.AckSamples, x.SynSamples + y.SynSamples, x.ResetSamples + y.ResetSamples, x.FinSamples + y.FinSamples,
        x.InconclusiveSamples + y.InconclusiveSamples, Math.Max(x.HeaderBytes, y.HeaderBytes));
}
