using System.Diagnostics;
using System.Text;

/// <summary>
/// The router's own time for an admin batch: the lines our driver sends, written to a CLI already running on the router
/// itself (birdcl on BIRD's socket, vtysh on FRR's), no SSH, no gate, no process start. What the lab's router needs
/// whatever the transport; the batched call cannot be faster than this.
/// </summary>
sealed class RouterOwnTime : IAsyncDisposable
{
    private readonly Process _cli;
    private readonly StringBuilder _out = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly string _kind;
    private int _seq;

    private RouterOwnTime(string kind, Process cli)
    {
        _kind = kind;
        _cli = cli;
        cli.OutputDataReceived += (_, e) => { if (e.Data is null) return; lock (_out) _out.Append(e.Data).Append('\n'); _arrived.Release(); };
        cli.BeginOutputReadLine();
    }

    public static async Task<RouterOwnTime> StartAsync(string kind, string rtrDir)
    {
        var psi = kind == "bird"
            ? new ProcessStartInfo("birdcl", ["-s", Path.Combine(rtrDir, "bird.ctl")])
            : new ProcessStartInfo("vtysh", ["--vty_socket", Path.Combine(rtrDir, "vty"), "--config_dir", rtrDir]);
        psi.RedirectStandardInput = psi.RedirectStandardOutput = psi.RedirectStandardError = true;
        var own = new RouterOwnTime(kind, Process.Start(psi)!);
        await own.RunAsync([]); // wait until it answers
        return own;
    }

    /// <summary>Sends the lines and returns once the CLI has answered all of them. birdcl takes one command at a time (it
    /// reads its input again only after BIRD's reply), so BIRD's lines go one by one, as birdcl does with a script.</summary>
    public async Task<double> RunAsync(IReadOnlyList<string> lines)
    {
        if (_kind == "bird" && lines.Count > 1)
        {
            var total = 0.0;
            foreach (var line in lines) total += await RunAsync([line]);
            return total;
        }
        // BIRD: birdcl answers each command with a line "NAME: disabled/enabled" and then "bird> "; an empty batch is a
        // "show status" round trip. FRR: an unknown command after the block answers "% Unknown command: …" at its end.
        var sentinel = $"ph-own-{++_seq}";
        var send = _kind == "bird"
            ? (lines.Count == 0 ? "show status\n" : string.Concat(lines.Select(l => l + "\n")))
            : string.Concat(lines.Select(l => l + "\n")) + sentinel + "\n";
        bool Done(string o) => _kind == "bird"
            ? (lines.Count == 0 ? o.Contains("Daemon is up") : lines.All(l => o.Contains($"{l.Split(' ')[1]}: ")))
            : o.Contains("% Unknown command: " + sentinel);
        lock (_out) _out.Clear();
        var sw = Stopwatch.StartNew();
        await _cli.StandardInput.WriteAsync(send);
        await _cli.StandardInput.FlushAsync();
        while (true)
        {
            string seen;
            lock (_out) seen = _out.ToString();
            if (Done(seen)) return sw.Elapsed.TotalMilliseconds;
            if (!await _arrived.WaitAsync(TimeSpan.FromSeconds(30))) throw new TimeoutException($"{_kind} CLI did not answer: {seen}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _cli.StandardInput.Close();
        if (!_cli.WaitForExit(2000)) _cli.Kill();
        await _cli.WaitForExitAsync();
        _cli.Dispose();
    }
}
