namespace PeeringHub.Core.Sessions;

/// <summary>Tells open boards that sessions were created or deleted (the state feed only covers sessions they already show).</summary>
public sealed class SessionCatalogFeed
{
    public event Action? Changed;

    public void Publish() => Changed?.Invoke();
}
