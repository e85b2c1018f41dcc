namespace PeeringHub.Core.Domain;

/// <summary>
/// A mail the SMTP server accepted through the Email action: kept on the peer network and, when written from a session's page,
/// on that session, so the next person sees who already wrote what. <see cref="To"/> is where it really went (the test address in test mode).
/// </summary>
public class SentMail
{
    public int Id { get; set; }
    public DateTime SentAt { get; set; }
    public string SentBy { get; set; } = "";
    public MailPurpose Purpose { get; set; }
    public int FromNetworkId { get; set; }
    public Network? FromNetwork { get; set; }
    public int PeerNetworkId { get; set; }
    public Network? PeerNetwork { get; set; }
    /// <summary>The session whose page it was sent from; cleared when the session is deleted, the mail stays on the peer.</summary>
    public int? SessionId { get; set; }
    public BgpSession? Session { get; set; }
    public string To { get; set; } = "";
    public string? Cc { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public bool TestMode { get; set; }
}
