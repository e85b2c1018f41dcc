using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Resilience;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>One resilient transport per router (SSH or local), with its own Polly pipelines (circuit breaker state
/// lives as long as the app). Disposing closes every ControlMaster this app opened.</summary>
public sealed class RouterTransportFactory(IOptions<RouterOptions> options) : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<int, RouterPipelines> _pipelines = new();
    private readonly ConcurrentDictionary<int, SshTransport> _ssh = new();

    public IRouterTransport For(RouterTarget router)
    {
        var o = options.Value;
        IRouterTransport inner = router.Transport == RouterTransport.Local
            ? new LocalTransport(router, o)
            : _ssh.AddOrUpdate(router.Id, _ => new SshTransport(router, o), (_, _) => new SshTransport(router, o));
        return new ResilientTransport(inner, _pipelines.GetOrAdd(router.Id, _ => new RouterPipelines(o)), router.Name);
    }

    /// <summary>Closes the multiplexed connection(s) of one router, e.g. after its key or address changed.</summary>
    public async Task CloseAsync(int routerId)
    {
        if (_ssh.TryRemove(routerId, out var t)) await t.DisposeAsync();
    }

    // Containers disposed synchronously still close the masters (a few ms each: "ssh -O exit").
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _ssh.Keys.ToList()) await CloseAsync(id);
    }
}
