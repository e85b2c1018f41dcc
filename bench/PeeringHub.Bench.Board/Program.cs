using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;

// Live-board benchmark: 50 synthetic routers × 200 sessions (10,000), first render of the board, server memory per
// circuit, and delivery delay of ~1,000 state changes per minute to 50 open boards.
// Usage: dotnet run -c Release --project bench/PeeringHub.Bench.Board -- [seconds=60] [circuits=50]
var seconds = args.Length > 0 ? int.Parse(args[0]) : 60;
var circuits = args.Length > 1 ? int.Parse(args[1]) : 50;
const int Routers = 50, PerRouter = 200;

var root = FindRoot();
var appDir = Path.Combine(root, "PeeringHub.App");
var exe = new[] { "Release", "Debug" }.Select(c => Path.Combine(appDir, "bin", c, "net9.0", "linux-x64", "PeeringHub.App")).FirstOrDefault(File.Exists)
          ?? throw new InvalidOperationException("Build PeeringHub.App first (dotnet build PeeringHub.App).");
var dataDir = Directory.CreateTempSubdirectory("ph-bench-board-").FullName;
var flipLog = Path.Combine(dataDir, "flips.csv");
await BoardSeed.SeedAsync(dataDir, Routers, PerRouter);
Console.WriteLine($"seeded {Routers * PerRouter} sessions on {Routers} routers in {dataDir}");

var port = FreePort();
var url = $"http://127.0.0.1:{port}";
var psi = new ProcessStartInfo(exe, ["--urls", url]) { WorkingDirectory = appDir, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var (k, v) in new Dictionary<string, string>
{
    ["PeeringHub__DataDirectory"] = dataDir, ["PeeringHub__SeedDemo"] = "false", ["PeeringHub__Bootstrap__AdminPassword"] = "bench-password-1",
    ["PeeringHub__Sflow__Enabled"] = "false", ["Routers__Synthetic__Enabled"] = "true", ["Routers__Synthetic__ChangesPerMinute"] = "1000",
    ["Routers__Synthetic__Routers"] = Routers.ToString(), ["Routers__Synthetic__FlipLog"] = flipLog, ["Logging__LogLevel__Default"] = "Warning",
}) psi.Environment[k] = v;
using var app = Process.Start(psi)!;
app.OutputDataReceived += (_, _) => { };
app.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[app] " + e.Data); };
app.BeginOutputReadLine();
app.BeginErrorReadLine();
try
{
    using (var http = new HttpClient())
        for (var i = 0; ; i++)
        {
            try { if ((await http.GetAsync(url + "/health")).IsSuccessStatusCode) break; }
            catch (HttpRequestException) when (i < 150) { }
            await Task.Delay(200);
        }

    using var pw = await Playwright.CreateAsync();
    await using var browser = await pw.Chromium.LaunchAsync(new()
    {
        ExecutablePath = "/usr/bin/chromium", Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    var login = await browser.NewContextAsync();
    var lp = await login.NewPageAsync();
    await lp.GotoAsync(url + "/account/login");
    await lp.FillAsync("#userName", "admin");
    await lp.FillAsync("#password", "bench-password-1");
    await lp.ClickAsync("#login");
    await lp.WaitForURLAsync(url + "/");

    // 1. First render of the full board (10,000 sessions), three times.
    var firstRender = new List<double>();
    for (var i = 0; i < 3; i++)
    {
        var p = await lp.Context.NewPageAsync();
        var sw = Stopwatch.StartNew();
        await p.GotoAsync(url + "/sessions");
        await p.Locator("#sessions-grid tr[data-session-id]").First.WaitForAsync(new() { Timeout = 120_000 });
        firstRender.Add(sw.Elapsed.TotalMilliseconds);
        await p.CloseAsync();
    }
    Console.WriteLine($"first render of the board with {Routers * PerRouter} sessions: {string.Join(", ", firstRender.Select(x => $"{x:0} ms"))}");

    // 2. Memory per circuit: the server's RSS before and after opening the boards (each filtered to one router, 200 rows).
    await Task.Delay(3000);
    var before = Rss(app.Id);
    var pages = new List<IPage>();
    for (var i = 0; i < circuits; i++)
    {
        // Pages of one logged-in context: each page is its own Blazor circuit.
        var p = await lp.Context.NewPageAsync();
        await p.SetViewportSizeAsync(1400, 9000);
        await p.GotoAsync($"{url}/sessions?router=syn-{i % Routers + 1:00}");
        try
        {
            await p.Locator("#sessions-grid tr[data-session-id]").Nth(50).WaitForAsync(new() { Timeout = 60_000 }); // the virtualised grid keeps ~75 rows in the DOM
        }
        catch (TimeoutException)
        {
            await p.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "bench-board-timeout.png") });
            throw new TimeoutException($"board {i} ({p.Url}) did not show its rows; screenshot in {Path.GetTempPath()}bench-board-timeout.png");
        }
        await p.EvaluateAsync(Observe);
        pages.Add(p);
    }
    await Task.Delay(3000);
    var after = Rss(app.Id);
    Console.WriteLine($"server RSS {before / 1024} MiB → {after / 1024} MiB with {circuits} circuits: {(after - before) / (double)circuits / 1024:0.0} MiB per circuit");

    // 3. Delivery of state changes to all open boards.
    File.WriteAllText(flipLog, "");
    var t0 = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    var flips = File.ReadAllLines(flipLog).Select(l => l.Split(',')).Where(f => f.Length == 3)
        .Select(f => (Ip: f[0], State: f[1], At: long.Parse(f[2]))).ToList();
    var delays = new List<double>();
    foreach (var p in pages)
    {
        var events = await p.EvaluateAsync<JsonElement>("() => window.__phEvents");
        foreach (var e in events.EnumerateArray())
        {
            var ip = e[0].GetString()!;
            var st = e[1].GetString()!;
            var at = e[2].GetInt64();
            var flip = flips.Where(f => f.Ip == ip && f.State == st && f.At <= at && f.At >= t0).Select(f => f.At).DefaultIfEmpty(-1).Max();
            if (flip >= 0) delays.Add(at - flip);
        }
    }
    delays.Sort();
    Console.WriteLine($"{flips.Count} flips in {seconds} s ({flips.Count * 60.0 / seconds:0}/min); {delays.Count} deliveries to {circuits} boards");
    if (delays.Count > 0)
        Console.WriteLine($"delivery delay (router change → row on screen): median {delays[delays.Count / 2]:0} ms, p95 {delays[(int)(delays.Count * 0.95)]:0} ms, max {delays[^1]:0} ms");
}
finally
{
    app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync();
    Directory.Delete(dataDir, recursive: true);
}

static long Rss(int pid) => long.Parse(File.ReadAllLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);

static int FreePort()
{
    using var l = new TcpListener(IPAddress.Loopback, 0);
    l.Start();
    return ((IPEndPoint)l.LocalEndpoint).Port;
}

static string FindRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "PeeringHub.sln"))) return d.FullName;
    throw new InvalidOperationException("PeeringHub.sln not found");
}

partial class Program
{
    // Records every row whose state attribute changes: [peer IP, new state, time] (browser and bench share the host clock).
    const string Observe = """
        () => {
          window.__phEvents = [];
          const grid = document.querySelector('#sessions-grid');
          new MutationObserver(records => {
            const push = row => window.__phEvents.push([row.querySelector('a.ph-peer-ip').textContent, row.getAttribute('data-state'), Date.now()]);
            for (const r of records) {
              if (r.type === 'attributes' && r.target.matches && r.target.matches('tr[data-session-id]')) push(r.target);
              for (const n of r.addedNodes || []) if (n.matches && n.matches('tr[data-session-id]')) push(n);
            }
          }).observe(grid, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
        }
        """;
}
