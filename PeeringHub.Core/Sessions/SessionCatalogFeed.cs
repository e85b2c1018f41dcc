namespace PeeringHub.Core.Sessions;

/// <summary>
/// Tells the boards' shared rows that what a row shows changed outside the state feed: sessions created, deleted or edited,
/// a desired admin state set, or a router, network, exchange, LAN or peer group renamed (<see cref="BoardRowSources"/>).
/// </summary>
public sealed class SessionCatalogFeed
{
    public event Action? Changed;

    public void Publish() => Changed?.Invoke();
}
