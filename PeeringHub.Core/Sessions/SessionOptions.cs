namespace PeeringHub.Core.Sessions;

/// <summary>Settings under "PeeringHub:Sessions".</summary>
public sealed class SessionOptions
{
    public const string Section = "PeeringHub:Sessions";

    /// <summary>Private/reserved peer ASNs are accepted for private and local-peer sessions (never on an exchange).</summary>
    public bool AllowPrivateAsnForPrivateSessions { get; set; } = true;
}
