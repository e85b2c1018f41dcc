using PeeringHub.Core.Mail;

namespace PeeringHub.Core.PeeringManager;

/// <summary>Send (or only mark as sent) a peering request from the viewing network to a peer on a LAN.</summary>
public sealed class PeeringRequestCommand
{
    public int NetworkId { get; set; }
    public int LanId { get; set; }
    public int PeerNetworkId { get; set; }
    /// <summary>The edited mail; null = the composed one unchanged.</summary>
    public MailDraft? Draft { get; set; }
    /// <summary>Send only to the user's own address as a sample; nothing is recorded.</summary>
    public bool CopyToMeOnly { get; set; }
    /// <summary>Record the request as sent (it went out some other way) without sending anything.</summary>
    public bool MarkOnly { get; set; }
    /// <summary>The user confirmed sending again within the repeat-warning period.</summary>
    public bool ConfirmRepeat { get; set; }
}
