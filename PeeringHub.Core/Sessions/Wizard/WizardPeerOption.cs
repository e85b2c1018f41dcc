namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>A peer found by a lookup (PeeringDB members of the LAN, or our own networks and members), ready to fill step 3.</summary>
/// <param name="NetworkId">Our Network row when we already know the peer.</param>
/// <param name="PeeringDbNetId">PeeringDB net id, kept on a network the wizard creates.</param>
/// <param name="AsSet">The first AS-SET of PeeringDB's irr_as_set (it may list several, space separated).</param>
public sealed record WizardPeerOption(
    int? NetworkId,
    int? PeeringDbNetId,
    long Asn,
    string Name,
    string? Ipv4,
    string? Ipv6,
    int? MaxPrefixV4,
    int? MaxPrefixV6,
    string? AsSet)
{
    public string Label => $"AS{Asn} {Name}" + (Ipv4 is null && Ipv6 is null ? "" : $" ({string.Join(", ", new[] { Ipv4, Ipv6 }.Where(a => a is not null))})");
}
