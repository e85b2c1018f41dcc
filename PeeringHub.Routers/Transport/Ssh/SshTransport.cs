using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// A router over SSH.NET: one kept-open connection (<see cref="SshConnection"/>), strict host keys, and kept channels
/// (<see cref="LiveCli"/>) where the router side allows them: the platform's CLI for reads on the poll path and the
/// changes its dialect can script (FRR's vtysh), and on BIRD the gate's admin server for admin batches. Everything else
/// (config files, other gate operations, a read while the live channel is busy) runs as a command of its own on a
/// channel of the same connection. Long-lived: the factory keeps one per router identity.
/// </summary>
internal sealed class SshTransport : IRouterTransport, IAsyncDisposable
{
    private readonly RouterTarget _target;
    private readonly SshConnection _connection;
    private readonly LiveChannelSlot? _cli;
    private readonly LiveChannelSlot? _admin;
    /// <summary>Channels a router must allow before the admin server takes one for good: the live CLI, the admin server,
    /// a state watch (held for seconds) and at least one command.</summary>
    internal const int MinChannelsForAdminServe = 4;
    // A change waits this long for a poll on the live channel (tens of ms) before starting a CLI of its own (40-100 ms on FRR).
    private static readonly TimeSpan LiveWriteWait = TimeSpan.FromSeconds(1);

    public SshTransport(RouterTarget target, RouterOptions options)
    {
        _target = target;
        _connection = new SshConnection(target, options);
        if (!options.LiveCli) return;
        if (LiveCliDialect.For(target.Platform) is { } cli) _cli = new LiveChannelSlot(_connection, cli);
        // BIRD's admin batches edit files before birdcl runs: the gate's serve runs them, where the gate is new enough and
        // the router's session limit leaves room for it beside the live CLI, a state watch and a command
        if (target.Platform == Core.Domain.RouterPlatform.Bird2 && options.MaxChannels >= MinChannelsForAdminServe)
            _admin = new LiveChannelSlot(_connection, new GateServeDialect());
    }

    /// <summary>The live CLI right now, if one is open (tests compare instances across a router restart).</summary>
    internal object? LiveChannel => _cli?.Current;

    /// <summary>The gate's admin server right now, if one is open.</summary>
    internal object? AdminChannel => _admin?.Current;

    /// <summary>Commands that ran on channels of their own, not on a kept channel (tests tell the paths apart with it).</summary>
    internal int CommandsRun => _connection.CommandsRun;

    /// <summary>True once the router side refused the live CLI; reads then run as commands of their own.</summary>
    public bool LiveRefused => _cli?.Refused ?? false;

    /// <summary>True once the router side refused the gate's serve (a gate older than 5); admin batches run as commands.</summary>
    public bool AdminServeRefused => _admin?.Refused ?? false;

    public async Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(_target.HostKey))
            throw new RouterException(RouterErrorKind.HostKeyNotAccepted, $"{_target.Name}: no host key accepted yet; fetch and accept it first");
        if (command.Args.Count == 0) throw new RouterException(RouterErrorKind.InvalidInput, "empty command");
        if (_cli?.Dialect.LineFor(command) is { } line && await _cli.GetAsync(ct) is { } live)
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
        return await OnKeptChannelAsync(_cli, command, ct) ?? await OnKeptChannelAsync(_admin, command, ct)
            ?? await _connection.ExecAsync(ShellQuote.Join(command.Args), command.Stdin, ct);
    }

    /// <summary>A change run on a kept channel whose dialect can script it; null when it did not run there (the caller runs
    /// it as a command of its own).</summary>
    private static async Task<CommandResult?> OnKeptChannelAsync(LiveChannelSlot? slot, RouterCommand command, CancellationToken ct)
    {
        if (slot?.Dialect.ScriptFor(command) is not { } script || await slot.GetAsync(ct) is not { } channel) return null;
        try
        {
            return await channel.TryRunAsync(script, LiveWriteWait, ct);
        }
        catch (RouterException) when (slot.Dialect.ChangesRepeatable)
        {
            return null; // the channel is closed now; running the change again cannot do it twice
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cli is not null) await _cli.DisposeAsync();
        if (_admin is not null) await _admin.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
