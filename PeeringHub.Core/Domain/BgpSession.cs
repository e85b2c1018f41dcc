namespace PeeringHub.Core.Domain;

/// <summary>A BGP session on one of our routers to a peer: desired configuration plus observed state.</summary>
public class BgpSession : EntityBase
{
    public SessionType Type { get; set; }
    public int RouterId { get; set; }
    public Router? Router { get; set; }
    public int? PeeringLanId { get; set; }
    public PeeringLan? PeeringLan { get; set; }
    public int? PeerGroupId { get; set; }
    public PeerGroup? PeerGroup { get; set; }
    public int? PeerNetworkId { get; set; }
    public Network? PeerNetwork { get; set; }
    public long PeerAsn { get; set; }
    public string PeerIp { get; set; } = "";
    /// <summary>4 or 6; derived from <see cref="PeerIp"/> and checked by the database.</summary>
    public int AddressFamily { get; set; }
    /// <summary>Overrides the router's local ASN when set.</summary>
    public long? LocalAsn { get; set; }
    [Secret] public string? Md5PasswordProtected { get; set; }
    public string? AsSetName { get; set; }
    public string? Description { get; set; }
    public string? Notes { get; set; }
    public int? MaxPrefix { get; set; }
    public AdminState DesiredAdminState { get; set; }

    // Observed state, written by the poller.
    /// <summary>The router's own name for the session (BIRD protocol name, FRR neighbor address), learnt by the poller.</summary>
    public string? RouterSessionName { get; set; }
    public BgpState State { get; set; }
    public DateTime? StateSince { get; set; }
    public int? PrefixesReceived { get; set; }
    public int? PrefixesAccepted { get; set; }
    public string? LastError { get; set; }
    public DateTime? LastPolledAt { get; set; }
}
