using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Settings;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Resilience;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>One resilient transport per router (SSH or local), with its own Polly pipelines (circuit breaker state
/// lives as long as the app). An SSH transport keeps its connection open for as long as the router's identity
/// (address, port, user, keys, password) stays the same; a changed identity gets a new connection.</summary>
public sealed class RouterTransportFactory(IOptions<RouterOptions> options, IOptions<PeeringHubOptions> hub) : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<int, RouterPipelines> _pipelines = new();
    private readonly ConcurrentDictionary<int, (string Identity, SshTransport Transport)> _ssh = new();
    private readonly Lock _swap = new();

    public IRouterTransport For(RouterTarget router)
    {
        var o = options.Value;
        // A simulated router answers in its driver; there is no device to send anything to.
        if (router.Transport == RouterTransport.Simulated) return NoDeviceTransport.Instance;
        IRouterTransport inner = router.Transport == RouterTransport.Local ? new LocalTransport(router, o, hub.Value.LocalTransport) : Ssh(router, o);
        return new ResilientTransport(inner, _pipelines.GetOrAdd(router.Id, _ => new RouterPipelines(o)), router.Name);
    }

    private SshTransport Ssh(RouterTarget router, RouterOptions o)
    {
        var identity = Identity(router);
        if (_ssh.TryGetValue(router.Id, out var kept) && kept.Identity == identity) return kept.Transport;
        SshTransport? old = null;
        SshTransport made;
        lock (_swap)
        {
            if (_ssh.TryGetValue(router.Id, out kept) && kept.Identity == identity) return kept.Transport;
            if (_ssh.TryGetValue(router.Id, out var previous)) old = previous.Transport;
            made = new SshTransport(router, o);
            _ssh[router.Id] = (identity, made);
        }
        // A connection opened under the old key or address must not be used again.
        if (old is not null) _ = old.DisposeAsync().AsTask();
        return made;
    }

    /// <summary>The kept SSH transport of a router, if one is open (tests look at its live CLI).</summary>
    internal SshTransport? KeptSsh(int routerId) => _ssh.TryGetValue(routerId, out var t) ? t.Transport : null;

    /// <summary>Closes the connection of one router, e.g. after its key or address changed.</summary>
    public async Task CloseAsync(int routerId)
    {
        if (_ssh.TryRemove(routerId, out var t)) await t.Transport.DisposeAsync();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _ssh.Keys.ToList()) await CloseAsync(id);
    }

    // Hashed so the secrets are not kept twice in memory as plain strings.
    private static string Identity(RouterTarget t) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{t.Platform}\n{t.Address}\n{t.SshPort}\n{t.SshUser}\n{t.HostKey}\n{t.PrivateKey}\n{t.KeyPassphrase}\n{t.Password}")));
}
