using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Collector;

/// <summary>One agent (switch) for the sFlow page and <c>GET /api/sflow/agents</c>.</summary>
/// <param name="Sender">UDP source address the datagrams came from (what the allow-list matches).</param>
/// <param name="AgentAddress">Agent address written inside the datagrams.</param>
/// <param name="BgpSamples">TCP/179 samples (or cut before the ports); header lengths, tags and IPv6 are counted among these.</param>
/// <param name="HeaderLengths">Sampled-header lengths seen on frames longer than the header (the switch's setting), with counts.</param>
/// <param name="Rejected">Datagrams refused or cut short, and malformed samples, by reason.</param>
/// <param name="NotAllowed">Datagrams ignored because the sender is not in the allow-list.</param>
/// <param name="HeaderHint">What the header length hides and what to set, or null when it hides nothing detection needs.</param>
public sealed record AgentStatus(
    string Sender, string? AgentAddress, uint SubAgentId, long Datagrams, long Samples, long BgpSamples, uint SamplingRate,
    IReadOnlyDictionary<int, long> HeaderLengths, long TaggedSamples, long QinQSamples, long Ipv6Samples, long InconclusiveSamples,
    IReadOnlyDictionary<SflowError, long> Rejected, long NotAllowed, DateTime? LastSeen, string? HeaderHint);
