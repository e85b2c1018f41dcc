using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.Data.Seeding.Demo;

namespace PeeringHub.Core.Reference.Irr.Demo;

/// <summary>
/// In the demo only: serves the shipped RPSL file (the demo AS-SETs and their routes) from a <see cref="LoopbackIrrServer"/>, and
/// tells <see cref="IrrExpansionService"/> which names it holds. Those are answered offline; every other name still goes to the
/// configured IRR server, so a real AS-SET typed into the demo is looked up for real.
/// </summary>
public sealed class DemoIrrSource(DemoMode demo, ILogger<DemoIrrSource> log) : IHostedService, IAsyncDisposable
{
    LoopbackIrrServer? _server;
    RpslStore? _store;

    /// <summary>Where the demo IRR listens while it runs.</summary>
    public (string Host, int Port)? Endpoint => _server is { } s ? ("127.0.0.1", s.Port) : null;

    /// <summary>Whether <paramref name="name"/> is one of the demo's objects (a set, or an ASN with routes), in its source or none.</summary>
    public bool Holds(AsSetName name) =>
        _server is not null && _store is { } store
        && (name.Source is null || name.Source.Equals(store.Source, StringComparison.OrdinalIgnoreCase))
        && (name.Asn is { } asn ? store.HasOrigin(asn) : store.HasSet(name.Name));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!demo.IsOn) return Task.CompletedTask;
        _store = RpslStore.Parse(DemoSnapshot.Rpsl());
        _server = new LoopbackIrrServer(_store);
        log.LogInformation("Demo IRR source (source {Source}) listening on 127.0.0.1:{Port}", _store.Source, _server.Port);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        var server = Interlocked.Exchange(ref _server, null);
        if (server is not null) await server.DisposeAsync();
    }
}
