namespace PeeringHub.Core.Domain;

/// <summary>One observed transition of a session's BGP state (history).</summary>
public class SessionStateChange
{
    public long Id { get; set; }
    public int SessionId { get; set; }
    public BgpSession? Session { get; set; }
    public DateTime At { get; set; }
    public BgpState OldState { get; set; }
    public BgpState NewState { get; set; }
    public string? Reason { get; set; }
}
