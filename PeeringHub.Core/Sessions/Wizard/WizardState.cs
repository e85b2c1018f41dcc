using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>
/// Everything the Add Session wizard collects, across its five steps. Property names match <see cref="SessionInput"/> where
/// the value is the same, so the validator's messages land on the wizard's fields by name; one run may hold an IPv4 and an
/// IPv6 address, which become two sessions.
/// </summary>
public sealed class WizardState
{
    // Step 1: common settings
    public SessionType Type { get; set; } = SessionType.Exchange;
    /// <summary>Null is "No Exchange" (private or local-peer sessions).</summary>
    public int? PeeringLanId { get; set; }
    public string? Notes { get; set; }

    // Step 2: router settings
    public int RouterId { get; set; }
    public int? PeerGroupId { get; set; }
    /// <summary>Null uses the router's own ASN.</summary>
    public long? LocalAsn { get; set; }
    public string? Md5Password { get; set; }

    // Step 3: the peer
    public PeerMethod Method { get; set; } = PeerMethod.PeeringDb;
    /// <summary>An existing network; null creates one from <see cref="PeerName"/> and <see cref="PeerAsn"/> on Create.</summary>
    public int? PeerNetworkId { get; set; }
    public int? PeeringDbNetId { get; set; }
    public string? PeerName { get; set; }
    public long PeerAsn { get; set; }
    public string? PeerIpv4 { get; set; }
    public string? PeerIpv6 { get; set; }
    public int? MaxPrefixV4 { get; set; }
    public int? MaxPrefixV6 { get; set; }

    // Step 4: AS-SET
    public string? AsSetName { get; set; }

    // Step 5: confirmation
    public bool ConfigureNow { get; set; }

    /// <summary>Fills the peer step from a lookup result (PeeringDB or local); the operator can still edit every field.</summary>
    public void Apply(WizardPeerOption peer)
    {
        PeerNetworkId = peer.NetworkId;
        PeeringDbNetId = peer.PeeringDbNetId;
        PeerName = peer.Name;
        PeerAsn = peer.Asn;
        PeerIpv4 = peer.Ipv4;
        PeerIpv6 = peer.Ipv6;
        MaxPrefixV4 = peer.MaxPrefixV4;
        MaxPrefixV6 = peer.MaxPrefixV6;
        if (!string.IsNullOrWhiteSpace(peer.AsSet)) AsSetName = peer.AsSet;
    }
}
