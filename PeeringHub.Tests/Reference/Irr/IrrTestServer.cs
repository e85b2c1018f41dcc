using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PeeringHub.Tests.Reference.Irr;

/// <summary>
/// A small IRRd whois server on 127.0.0.1:&lt;ephemeral&gt; answering the IRRd "!" protocol from an RPSL file, so our
/// client and Debian's bgpq4 can be pointed at the same data. Faults can be injected per command prefix.
/// </summary>
internal sealed class IrrTestServer : IAsyncDisposable
{
    public enum Fault { Truncate, Stall, Garbage }

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly RpslDatabase _db;
    private readonly Task _accept;

    public ConcurrentQueue<string> Commands { get; } = new();
    public ConcurrentDictionary<string, Fault> Faults { get; } = new();
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Waits for a command that gets no answer (such as <c>!q</c>): the client does not wait for the server to read it.</summary>
    public async Task<bool> ReceivedAsync(string command, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Commands.Contains(command))
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(10);
        }
        return true;
    }

    public IrrTestServer(string rpslPath)
    {
        _db = RpslDatabase.Load(rpslPath);
        _listener.Start();
        _accept = AcceptLoop();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var sources = _db.Sources.ToList();
        var persistent = false;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var cmd = line.Trim();
                if (cmd.Length == 0) continue;
                Commands.Enqueue(cmd);
                if (cmd == "!!") { persistent = true; continue; }
                if (cmd == "!q") return;
                var fault = Faults.FirstOrDefault(f => cmd.StartsWith(f.Key, StringComparison.Ordinal));
                if (fault.Key is not null)
                {
                    if (fault.Value == Fault.Stall) { await Task.Delay(Timeout.Infinite, _stop.Token); return; }
                    var bytes = fault.Value == Fault.Truncate ? "A120\nAS64500 AS64501 AS6450"u8.ToArray() : "Zzz unexpected\n"u8.ToArray();
                    await stream.WriteAsync(bytes, _stop.Token);
                    return;
                }
                await stream.WriteAsync(Encoding.ASCII.GetBytes(Answer(cmd, sources)), _stop.Token);
                if (!persistent) return;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // the test ended or the client hung up; nothing to answer
        }
    }

    private string Answer(string cmd, List<string> sources)
    {
        static string Data(IEnumerable<string> items)
        {
            var s = string.Join(' ', items);
            return s.Length == 0 ? "D\n" : $"A{s.Length + 1}\n{s}\nC\n";
        }
        if (cmd == "!s-lc") return $"A{string.Join(',', sources).Length + 1}\n{string.Join(',', sources)}\nC\n";
        if (cmd.StartsWith("!s"))
        {
            var wanted = cmd[2..].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToUpperInvariant()).ToList();
            var unknown = wanted.FirstOrDefault(w => !_db.Sources.Contains(w));
            if (unknown is not null) return $"F Unrecognized source: {unknown}\n";
            sources.Clear();
            sources.AddRange(wanted);
            return "C\n";
        }
        if (cmd.StartsWith("!v")) return Data(["IRRd -- version 4.4.0 (PeeringHub loopback test server)"]);
        if (cmd.StartsWith("!t") || cmd.StartsWith("!n")) return "C\n"; // timeout / client name: accepted, no data
        if (cmd.StartsWith("!i"))
        {
            var arg = cmd[2..];
            var recursive = arg.EndsWith(",1");
            var name = recursive ? arg[..^2] : arg;
            var members = recursive ? _db.ExpandRecursive(name, sources) : _db.Set(name, sources);
            return members is null ? "D\n" : Data(members);
        }
        if (cmd.StartsWith("!g") || cmd.StartsWith("!6"))
            return Data(_db.Routes(long.Parse(cmd[4..]), cmd[1] == '6', sources));
        if (cmd.StartsWith("!a4") || cmd.StartsWith("!a6"))
        {
            var name = cmd[3..];
            var asns = name.Contains("AS-") ? _db.ExpandRecursive(name, sources) : [name];
            // not a real aggregation: the union of the members' routes, enough to exercise the client's reply path
            return asns is null ? "D\n" : Data(asns.SelectMany(a => _db.Routes(long.Parse(a[2..]), cmd[2] == '6', sources)).Distinct());
        }
        return $"F Unrecognized command: {cmd}\n";
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accept;
        _stop.Dispose();
    }
}
