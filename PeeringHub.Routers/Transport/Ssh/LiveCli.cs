using System.Text;
using Renci.SshNet;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// One interactive router CLI (birdcl / vtysh, or the gate's admin server) kept open on a channel of the router's SSH
/// connection: a poll is one request and one reply on it, no new remote process. One request at a time; a reader task
/// collects the output.
/// Any fault (EOF, timeout, garbage) closes it for good; the owner opens a new one on the next call.
/// </summary>
internal sealed class LiveCli : IAsyncDisposable
{
    private readonly LiveCliDialect _dialect;
    private readonly SshCommand _command;
    private readonly Task _exec;
    private readonly Stream _input;
    private readonly Action _release;
    private readonly StringBuilder _output = new();
    private readonly SemaphoreSlim _busy = new(1, 1);
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _reader;
    private long _seq;
    private int _closed;

    private LiveCli(LiveCliDialect dialect, SshCommand command, Task exec, Action release)
    {
        _dialect = dialect;
        _command = command;
        _exec = exec;
        _release = release;
        _input = command.CreateInputStream();
        _reader = Task.Factory.StartNew(ReadLoop, TaskCreationOptions.LongRunning);
    }

    public bool IsOpen => Volatile.Read(ref _closed) == 0 && !_exec.IsCompleted;

    /// <summary>Opens the CLI and waits for it to answer a first (empty) request. When it exits instead (the gate refused
    /// it, or the router daemon is down), returns no CLI and the exit code.</summary>
    public static async Task<(LiveCli? Cli, int? ExitStatus)> OpenAsync(SshConnection connection, LiveCliDialect dialect, CancellationToken ct)
    {
        var (_, command, exec) = await connection.OpenChannelAsync(dialect.OpenCommand, ct);
        var cli = new LiveCli(dialect, command, exec, connection.ReleaseChannel);
        try
        {
            await cli.AskAsync(null, ct);
            return (cli, null);
        }
        catch (RouterException)
        {
            var exit = command.ExitStatus;
            await cli.DisposeAsync();
            return (null, exit);
        }
        catch
        {
            await cli.DisposeAsync();
            throw;
        }
    }

    /// <summary>Null when another request is using the channel right now (the caller runs its own command instead).</summary>
    public async Task<CommandResult?> TryAskAsync(string line, CancellationToken ct)
    {
        if (!await _busy.WaitAsync(0, ct)) return null;
        try
        {
            return await AskCoreAsync(line, ct);
        }
        finally
        {
            _busy.Release();
        }
    }

    /// <summary>
    /// Runs a change as its steps, holding the channel for all of them (no poll lands inside a configuration block). Waits
    /// up to <paramref name="wait"/> for a poll in flight; null when the channel stayed busy or is closed (nothing was
    /// sent: the caller runs its own command). A fault once the script is under way is an error, never a fallback: the
    /// router may have taken part of it, and running it again elsewhere would hide that.
    /// </summary>
    public async Task<CommandResult?> TryRunAsync(LiveScript script, TimeSpan wait, CancellationToken ct)
    {
        if (!await _busy.WaitAsync(wait, ct)) return null;
        try
        {
            if (!IsOpen) return null;
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            foreach (var step in script.Steps)
            {
                var reply = _dialect.Interpret(step, await AskCoreAsync(string.Join('\n', step.Lines), ct));
                stdout.Append(reply.Stdout);
                stderr.Append(reply.Stderr);
                if (reply.ExitCode != 0) return new CommandResult(reply.ExitCode, stdout.ToString(), stderr.ToString());
            }
            return new CommandResult(0, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            _busy.Release();
        }
    }

    private async Task<CommandResult> AskAsync(string? line, CancellationToken ct)
    {
        await _busy.WaitAsync(ct);
        try
        {
            return await AskCoreAsync(line, ct);
        }
        finally
        {
            _busy.Release();
        }
    }

    private async Task<CommandResult> AskCoreAsync(string? line, CancellationToken ct)
    {
        var seq = _seq++;
        lock (_output) _output.Clear();
        try
        {
            var request = Encoding.UTF8.GetBytes(_dialect.Request(line, seq));
            if (request.Length > 0)
            {
                await _input.WriteAsync(request, ct);
                await _input.FlushAsync(ct);
            }
            while (true)
            {
                string seen;
                lock (_output) seen = _output.ToString();
                if (_dialect.TryReply(seen, seq) is { } reply) return reply;
                if (!IsOpen && !await _arrived.WaitAsync(0, ct))
                    throw new RouterException(RouterErrorKind.Unreachable, $"live CLI '{_dialect.OpenCommand}' closed (exit {_command.ExitStatus?.ToString() ?? "?"}): {_command.Error.Trim()}");
                await _arrived.WaitAsync(ct);
            }
        }
        catch
        {
            await DisposeAsync(); // a half-read reply would be taken for the next one: never reuse the channel
            throw;
        }
    }

    private void ReadLoop()
    {
        var buffer = new byte[64 * 1024];
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        try
        {
            int n;
            while ((n = _command.OutputStream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var c = decoder.GetChars(buffer, 0, n, chars, 0);
                lock (_output) _output.Append(chars, 0, c);
                _arrived.Release();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or Renci.SshNet.Common.SshException)
        {
            // The channel or connection went away; the waiting request sees the CLI closed.
        }
        finally
        {
            // Only "open" becomes "closed by EOF": a dispose that ran first (2) must stay visible, or a second dispose would
            // give the connection's channel back twice.
            Interlocked.CompareExchange(ref _closed, 1, 0);
            _arrived.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _closed, 2) == 2) return;
        try
        {
            await _input.DisposeAsync(); // EOF: the CLI exits
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or Renci.SshNet.Common.SshException or InvalidOperationException)
        {
            // The channel is already gone.
        }
        try
        {
            if (!_exec.IsCompleted) _command.CancelAsync(forceKill: true, millisecondsTimeout: 500);
        }
        catch (Exception e) when (e is Renci.SshNet.Common.SshException or InvalidOperationException or ObjectDisposedException)
        {
            // Nothing left to cancel.
        }
        _command.Dispose();
        _release();
    }
}
