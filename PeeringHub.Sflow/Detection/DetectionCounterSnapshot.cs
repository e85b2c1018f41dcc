namespace PeeringHub.Sflow.Detection;

/// <summary>Copy of <see cref="DetectionCounters"/>.</summary>
/// <param name="BgpSamples">TCP/179 samples between two members of the same LAN with ports and flags known.</param>
/// <param name="EvidenceSamples">Of those, ACK without SYN/RST/FIN (bare ACKs, payload, BGP messages).</param>
/// <param name="ControlSamples">Of those, SYN/RST/FIN or no ACK.</param>
/// <param name="SessionMessageSamples">Of the evidence, BGP KEEPALIVE/UPDATE/ROUTE-REFRESH: what makes a pair established.</param>
/// <param name="InconclusiveSamples">Between members of one LAN, but the sampled header ended before the TCP ports or flags.</param>
/// <param name="NonMemberBgpSamples">TCP/179 where an address is no member of a matrix LAN (kept a while, see pending).</param>
/// <param name="DifferentLanSamples">Both addresses are members, but of different LANs.</param>
/// <param name="VlanMismatchSamples">Member addresses seen on a VLAN none of their LANs has.</param>
/// <param name="AmbiguousSamples">An address two LANs claim without a VLAN to tell them apart.</param>
/// <param name="SelfPairSamples">Source = destination: forged or broken, never a session.</param>
public sealed record DetectionCounterSnapshot(
    long BgpSamples, long EvidenceSamples, long ControlSamples, long SessionMessageSamples, long InconclusiveSamples,
    long NonMemberBgpSamples, long DifferentLanSamples, long VlanMismatchSamples, long AmbiguousSamples, long SelfPairSamples);
