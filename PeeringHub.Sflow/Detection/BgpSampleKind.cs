namespace PeeringHub.Sflow.Detection;

/// <summary>What one TCP/179 sample between two member addresses shows; each kind is one count of <c>DetectedSessionEvidence</c>.</summary>
public enum BgpSampleKind : byte
{
    None = 0,
    /// <summary>BGP marker + KEEPALIVE, UPDATE or ROUTE-REFRESH: only an established session sends these.</summary>
    SessionMessage,
    Open,
    Notification,
    /// <summary>TCP payload without a readable marker + type at its start.</summary>
    Payload,
    /// <summary>ACK without payload, SYN, RST or FIN.</summary>
    Ack,
    /// <summary>SYN, or a segment without ACK (a connection attempt).</summary>
    Syn,
    Reset,
    Fin,
    /// <summary>The sampled header ends before the TCP flags.</summary>
    Inconclusive,
}
