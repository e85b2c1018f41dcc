using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;

namespace PeeringHub.Sflow.Collector;

/// <summary>Everything the status page and <c>GET /api/sflow/status</c> show.</summary>
/// <param name="Listening">Socket bound and receiving.</param>
/// <param name="DatagramsNotAllowed">Dropped because the sender is not in the agent allow-list.</param>
/// <param name="KernelUdpRcvbufErrors">Host-wide IPv4 UDP receive-buffer drops since boot (null when unavailable).</param>
/// <param name="KernelUdp6RcvbufErrors">Host-wide IPv6 UDP receive-buffer drops since boot (null when unavailable).</param>
public sealed record SflowCollectorStatus(
    bool Listening, int Port, SflowCounterSnapshot Decoder, DetectionCounterSnapshot Detection,
    long DatagramsNotAllowed, int PairsInMemory, int DirectoryAddresses,
    DateTime? LastFlush, string? LastFlushError, long? KernelUdpRcvbufErrors, long? KernelUdp6RcvbufErrors);
