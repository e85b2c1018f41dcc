using Microsoft.AspNetCore.SignalR;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Hubs;

/// <summary>Forwards the in-process state feed to the SignalR hub's connected clients.</summary>
public sealed class SessionsHubBroadcaster(SessionStateFeed feed, IHubContext<SessionsHub> hub, ILogger<SessionsHubBroadcaster> log) : IHostedService
{
    IDisposable? subscription;

    public Task StartAsync(CancellationToken ct)
    {
        subscription = feed.Subscribe(changes => _ = SendAsync(changes));
        return Task.CompletedTask;
    }

    async Task SendAsync(IReadOnlyList<SessionStateChanged> changes)
    {
        try
        {
            await hub.Clients.All.SendAsync(SessionsHub.StateChanged, changes);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not push {Count} session changes to hub clients", changes.Count);
        }
    }

    public Task StopAsync(CancellationToken ct)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }
}
