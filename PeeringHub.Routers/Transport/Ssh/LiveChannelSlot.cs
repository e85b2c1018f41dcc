namespace PeeringHub.Routers.Transport;

/// <summary>
/// One kind of kept-open channel of a router's connection (its CLI, or the gate's admin server): opened on first use,
/// opened again after it closed (not sooner than <see cref="ReopenAfter"/> after a failed open), and given up for good
/// when the router side refuses its command (exit 2: the gate does not allow it, as an older gate does not know serve).
/// </summary>
internal sealed class LiveChannelSlot(SshConnection connection, LiveCliDialect dialect) : IAsyncDisposable
{
    // A channel whose command exited at once (router daemon down) is tried again after this, not on every call.
    private static readonly TimeSpan ReopenAfter = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _opening = new(1, 1);
    private LiveCli? _live;
    private DateTime _nextOpen = DateTime.MinValue;

    public LiveCliDialect Dialect => dialect;

    /// <summary>The channel right now, if one is open (tests compare instances across a restart).</summary>
    public LiveCli? Current => _live is { IsOpen: true } l ? l : null;

    /// <summary>True once the router side refused the command; calls then run as commands of their own.</summary>
    public bool Refused { get; private set; }

    /// <summary>The open channel, opening it if needed; null when it cannot be had now (refused, failed a moment ago, or
    /// being opened by another call: the caller runs a command of its own instead of waiting).</summary>
    public async Task<LiveCli?> GetAsync(CancellationToken ct)
    {
        if (Refused) return null;
        if (_live is { IsOpen: true } open) return open;
        if (DateTime.UtcNow < _nextOpen || !await _opening.WaitAsync(0, ct)) return null;
        try
        {
            if (_live is { } dead) await dead.DisposeAsync();
            (_live, var exit) = await LiveCli.OpenAsync(connection, dialect, ct);
            Refused = _live is null && exit == 2;
            if (_live is null) _nextOpen = DateTime.UtcNow + ReopenAfter;
            return _live;
        }
        finally
        {
            _opening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_live is { } live) await live.DisposeAsync();
    }
}
