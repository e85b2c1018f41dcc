using System.Text;
using Renci.SshNet;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// One in-process SSH connection (SSH.NET) to one router identity, opened on first use and kept open. A lost connection
/// is dropped and opened again by the next call; the backoff between attempts is the resilience pipeline's (retries with
/// exponential jitter for reads, then the circuit breaker). Channels are queued at <see cref="RouterOptions.MaxChannels"/>
/// (sshd's MaxSessions, 10 by default): more parallel commands wait for a free channel instead of failing.
/// </summary>
internal sealed class SshConnection : IAsyncDisposable
{
    private readonly RouterTarget _target;
    private readonly RouterOptions _options;
    private readonly SemaphoreSlim _connectLock = new(1, 1);
    private readonly SemaphoreSlim _channels;
    private SshClient? _client;
    private int _disposed;
    private int _commandsRun;

    /// <summary>Commands run on channels of their own (not the live CLI) since the connection object was made.</summary>
    public int CommandsRun => Volatile.Read(ref _commandsRun);

    public SshConnection(RouterTarget target, RouterOptions options)
    {
        _target = target;
        _options = options;
        _channels = new SemaphoreSlim(Math.Max(1, options.MaxChannels), Math.Max(1, options.MaxChannels));
    }

    /// <summary>Runs one command line on its own channel. Stdin is sent, then closed; SSH.NET sends that EOF only after at
    /// least one byte, so a command that reads stdin must be given some (the BIRD driver sends an empty line).</summary>
    public async Task<CommandResult> ExecAsync(string commandLine, string? stdin, CancellationToken ct)
    {
        Interlocked.Increment(ref _commandsRun);
        await _channels.WaitAsync(ct);
        try
        {
            var client = await ConnectedAsync(ct);
            try
            {
                using var cmd = client.CreateCommand(commandLine);
                cmd.CommandTimeout = Timeout.InfiniteTimeSpan; // the pipeline's timeout cancels ct instead
                var exec = cmd.ExecuteAsync(ct);
                await WriteStdinAsync(cmd, exec, stdin, ct);
                await exec;
                return new CommandResult(cmd.ExitStatus ?? -1, cmd.Result,
                    cmd.ExitStatus is null && cmd.ExitSignal is { } sig ? $"{cmd.Error}killed by signal {sig}" : cmd.Error);
            }
            catch (Exception e) when (e is not OperationCanceledException && SshErrors.IsConnectionFault(e))
            {
                Drop(client);
                throw SshErrors.Classify(_target, e, null);
            }
        }
        finally
        {
            _channels.Release();
        }
    }

    /// <summary>
    /// Starts a long-lived command (the live CLI). It holds one channel of the queue until <see cref="ReleaseChannel"/>, so
    /// live channel + commands never exceed the server's session limit.
    /// </summary>
    public async Task<(SshClient Client, SshCommand Command, Task Exec)> OpenChannelAsync(string commandLine, CancellationToken ct)
    {
        await _channels.WaitAsync(ct);
        try
        {
            var client = await ConnectedAsync(ct);
            try
            {
                var cmd = client.CreateCommand(commandLine);
                cmd.CommandTimeout = Timeout.InfiniteTimeSpan;
                return (client, cmd, cmd.ExecuteAsync(CancellationToken.None));
            }
            catch (Exception e) when (SshErrors.IsConnectionFault(e))
            {
                Drop(client);
                throw SshErrors.Classify(_target, e, null);
            }
        }
        catch
        {
            _channels.Release();
            throw;
        }
    }

    /// <summary>Gives back the channel a live CLI held.</summary>
    public void ReleaseChannel() => _channels.Release();

    private static async Task WriteStdinAsync(SshCommand cmd, Task exec, string? stdin, CancellationToken ct)
    {
        try
        {
            await using var input = cmd.CreateInputStream(); // disposing sends EOF: commands reading stdin must not wait forever
            if (!string.IsNullOrEmpty(stdin)) await input.WriteAsync(Encoding.UTF8.GetBytes(stdin), ct);
        }
        catch (Exception e) when (exec.IsCompleted && e is not OperationCanceledException)
        {
            // The command ended before reading all of stdin (e.g. refused by the gate); its exit code tells why.
        }
    }

    private async Task<SshClient> ConnectedAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (_client is { IsConnected: true } open) return open;
        await _connectLock.WaitAsync(ct);
        try
        {
            if (_client is { IsConnected: true } raced) return raced;
            if (_client is { } stale) Drop(stale);
            if (string.IsNullOrWhiteSpace(_target.HostKey))
                throw new RouterException(RouterErrorKind.HostKeyNotAccepted, $"{_target.Name}: no host key accepted yet; fetch and accept it first");
            var info = new ConnectionInfo(_target.Address, _target.SshPort, _target.SshUser, SshAuthentication.For(_target))
            {
                Timeout = _options.ConnectTimeout,
                MaxSessions = Math.Max(1, _options.MaxChannels), // SSH.NET's own limit; our queue in front of it waits with a token
            };
            HostKeyCheck.PinAlgorithms(info, _target.HostKey);
            var check = new HostKeyCheck(_target.HostKey);
            var client = new SshClient(info) { KeepAliveInterval = _options.KeepAliveInterval };
            check.Attach(client);
            try
            {
                await client.ConnectAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || check.Refused is not null)
            {
                client.Dispose();
                throw SshErrors.Classify(_target, e, check);
            }
            catch
            {
                client.Dispose();
                throw;
            }
            _client = client;
            return client;
        }
        finally
        {
            _connectLock.Release();
        }
    }

    /// <summary>Closes a connection that failed; the next call opens a new one.</summary>
    public void Drop(SshClient client)
    {
        Interlocked.CompareExchange(ref _client, null, client);
        client.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return ValueTask.CompletedTask;
        _client?.Dispose();
        _client = null;
        return ValueTask.CompletedTask;
    }
}
