using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PeeringHub.Core.Reference.Irr.Demo;

/// <summary>
/// An IRRd whois server on 127.0.0.1 (ephemeral port) answering the "!" commands our <see cref="IrrWhoisClient"/> sends
/// (<c>!!</c>, <c>!s</c>, <c>!s-lc</c>, <c>!i</c>, <c>!g</c>, <c>!6</c>, <c>!q</c>) from an <see cref="RpslStore"/>. The demo's
/// AS-SETs go through the same client, protocol and reply parser as a real server's.
/// </summary>
public sealed class LoopbackIrrServer : IAsyncDisposable
{
    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly CancellationTokenSource _stop = new();
    readonly RpslStore _store;
    readonly Task _accept;

    public LoopbackIrrServer(RpslStore store)
    {
        _store = store;
        _listener.Start();
        _accept = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = ServeAsync(client);
        }
    }

    async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var persistent = false;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var command = line.Trim();
                if (command.Length == 0) continue;
                if (command == "!!") { persistent = true; continue; }
                if (command == "!q") return;
                await stream.WriteAsync(Encoding.ASCII.GetBytes(Answer(command)), _stop.Token);
                if (!persistent) return;
            }
        }
        catch (OperationCanceledException)
        {
            // the app is stopping: nothing left to answer
        }
        catch (IOException)
        {
            // the client hung up mid-reply (NetworkStream wraps socket errors in IOException)
        }
    }

    /// <summary>One reply in IRRd's grammar: "A&lt;length&gt;" + data + "C", "C" (ok, no data), "D" (not found), "F …" (error).</summary>
    internal string Answer(string command)
    {
        static string Data(IReadOnlyList<string> items)
        {
            var s = string.Join(' ', items);
            return s.Length == 0 ? "D\n" : $"A{s.Length + 1}\n{s}\nC\n";
        }
        if (command == "!s-lc") return Data([_store.Source]);
        if (command.StartsWith("!s", StringComparison.Ordinal))
        {
            var unknown = command[2..].Split(',', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => !s.Equals(_store.Source, StringComparison.OrdinalIgnoreCase));
            return unknown is null ? "C\n" : $"F Unrecognized source: {unknown}\n";
        }
        if (command.StartsWith("!i", StringComparison.Ordinal))
        {
            var arg = command[2..];
            var name = arg.EndsWith(",1", StringComparison.Ordinal) ? arg[..^2] : arg;
            return _store.Expand(name) is { } members ? Data(members) : "D\n";
        }
        if ((command.StartsWith("!gAS", StringComparison.Ordinal) || command.StartsWith("!6AS", StringComparison.Ordinal)) && long.TryParse(command.AsSpan(4), out var asn))
            return Data(_store.Routes(asn, ipv6: command[1] == '6'));
        return $"F Unrecognized command: {command}\n";
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accept;
        _stop.Dispose();
    }
}
