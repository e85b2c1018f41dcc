using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// A router over SSH.NET: one kept-open connection (<see cref="SshConnection"/>), strict host keys, and a live CLI
/// channel (<see cref="LiveCli"/>) when the platform has one and the router side allows it: reads on the poll path, and
/// the changes the platform's dialect can script on it (FRR's vtysh). Everything else (stdin, gate operations, a read
/// while the live channel is busy) runs as a command of its own on a channel of the same connection. Long-lived: the
/// factory keeps one per router identity.
/// </summary>
internal sealed class SshTransport : IRouterTransport, IAsyncDisposable
{
    private readonly RouterTarget _target;
    private readonly SshConnection _connection;
    private readonly LiveCliDialect? _dialect;
    private readonly SemaphoreSlim _opening = new(1, 1);
    private LiveCli? _live;
    private bool _liveRefused;
    private DateTime _nextOpen = DateTime.MinValue;
    // A CLI that exited at once (router daemon down) is tried again after this, not on every call.
    private static readonly TimeSpan ReopenAfter = TimeSpan.FromSeconds(5);
    // A change waits this long for a poll on the live channel (tens of ms) before starting a CLI of its own (40-100 ms on FRR).
    private static readonly TimeSpan LiveWriteWait = TimeSpan.FromSeconds(1);

    public SshTransport(RouterTarget target, RouterOptions options)
    {
        _target = target;
        _connection = new SshConnection(target, options);
        _dialect = options.LiveCli ? LiveCliDialect.For(target.Platform) : null;
    }

    /// <summary>The live CLI right now, if one is open (tests compare instances across a router restart).</summary>
    internal object? LiveChannel => _live is { IsOpen: true } l ? l : null;

    /// <summary>Commands that ran on channels of their own, not on the live CLI (tests tell the two paths apart with it).</summary>
    internal int CommandsRun => _connection.CommandsRun;

    /// <summary>True once the router side refused the live CLI; reads then run as commands of their own.</summary>
    public bool LiveRefused => _liveRefused;

    public async Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(_target.HostKey))
            throw new RouterException(RouterErrorKind.HostKeyNotAccepted, $"{_target.Name}: no host key accepted yet; fetch and accept it first");
        if (command.Args.Count == 0) throw new RouterException(RouterErrorKind.InvalidInput, "empty command");
        if (_dialect?.LineFor(command) is { } line && await LiveAsync(ct) is { } live)
        {
            try
            {
                if (await live.TryAskAsync(line, ct) is { } reply) return reply;
            }
            catch (RouterException)
            {
                // The live CLI died (router daemon restarted, channel closed): this call runs on its own, the next reopens it.
            }
        }
        if (_dialect?.ScriptFor(command) is { } script && await LiveAsync(ct) is { } writer
            && await writer.TryRunAsync(script, LiveWriteWait, ct) is { } done) return done;
        return await _connection.ExecAsync(ShellQuote.Join(command.Args), command.Stdin, ct);
    }

    private async Task<LiveCli?> LiveAsync(CancellationToken ct)
    {
        if (_liveRefused) return null;
        if (_live is { IsOpen: true } open) return open;
        if (DateTime.UtcNow < _nextOpen || !await _opening.WaitAsync(0, ct)) return null; // being opened: run a command instead
        try
        {
            if (_live is { } dead) await dead.DisposeAsync();
            (_live, var exit) = await LiveCli.OpenAsync(_connection, _dialect!, ct);
            // The gate answers a command it does not allow with exit code 2: this router gets commands of their own for good.
            _liveRefused = _live is null && exit == 2;
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
        await _connection.DisposeAsync();
    }
}
