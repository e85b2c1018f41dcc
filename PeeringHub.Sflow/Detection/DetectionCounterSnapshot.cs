namespace PeeringHub.Sflow.Detection;

/// <summary>Copy of <see cref="DetectionCounters"/>.</summary>
/// <param name="BgpSamples">TCP/179 samples between two members of the same LAN with ports and flags known.</param>
/// <param name="EvidenceSamples">Of those, ACK without SYN/RST/FIN: aggregated into pairs.</param>
/// <param name="ControlSamples">Of those, SYN/RST/FIN or no ACK: counted, not evidence.</param>
/// <param name="InconclusiveSamples">Between members, but the sampled header ended before the TCP ports or flags.</param>
/// <param name="NonMemberBgpSamples">TCP/179 where an address is not a member of a matrix LAN, or the two are on different LANs.</param>
/// <param name="VlanMismatchSamples">Member addresses seen on a VLAN other than their LAN's.</param>
public sealed record DetectionCounterSnapshot(
    long BgpSamples, long EvidenceSamples, long ControlSamples, long InconclusiveSamples, long NonMemberBgpSamples, long VlanMismatchSamples);
