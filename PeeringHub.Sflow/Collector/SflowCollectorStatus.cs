using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;

namespace PeeringHub.Sflow.Collector;

/// <summary>Everything the status page and <c>GET /api/sflow/status</c> show.</summary>
/// <param name="Listening">Socket bound and receiving.</param>
/// <param name="DatagramsNotAllowed">Dropped because the sender is not in the agent allow-list (or the list is empty in Production).</param>
/// <param name="DirectoryAddresses">Distinct member addresses detection knows.</param>
/// <param name="DirectoryLoadedAt">When the member directory was last rebuilt (it follows member and LAN changes at once).</param>
/// <param name="PendingSamples">TCP/179 samples of unknown addresses waiting to be credited if their member appears.</param>
/// <param name="PendingCredited">Samples credited later because their member appeared.</param>
/// <param name="PendingOverwritten">Waiting samples lost because the ring was full.</param>
/// <param name="KernelUdpRcvbufErrors">Host-wide IPv4 UDP receive-buffer drops since boot (null when unavailable).</param>
/// <param name="KernelUdp6RcvbufErrors">Host-wide IPv6 UDP receive-buffer drops since boot (null when unavailable).</param>
/// <param name="Warnings">Sentences for the top of the sFlow page (empty allow-list, directory conflicts, header lengths that hide BGP).</param>
public sealed record SflowCollectorStatus(
    bool Listening, int Port, SflowCounterSnapshot Decoder, DetectionCounterSnapshot Detection,
    long DatagramsNotAllowed, int PairsInMemory, int DirectoryAddresses, DateTime? DirectoryLoadedAt,
    int PendingSamples, long PendingCredited, long PendingOverwritten,
    DateTime? LastFlush, string? LastFlushError, long? KernelUdpRcvbufErrors, long? KernelUdp6RcvbufErrors,
    IReadOnlyList<AgentStatus> Agents, IReadOnlyList<string> Warnings);
