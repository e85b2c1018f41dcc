using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PeeringHub.Core.Sessions;

// Live-board benchmark: 50 synthetic routers × 200 sessions (10,000), first render of the board, server memory per
// circuit, and delivery delay of ~1,000 state changes per minute to open boards (Blazor circuits in chromium) and to
// SignalR hub clients. On a 2-core machine the browsers that observe compete with the server for CPU (each chromium
// renderer re-lays out its page on every update), so the hub clients, which cost almost nothing, show the server's own
// push delay at 50 viewers, and the boards show it end to end at a count this machine can render.
// Usage: dotnet run -c Release --project bench/PeeringHub.Bench.Board -- [seconds=60] [boards=10] [hubClients=50]
// BENCH_MEMORY_PATH=/ measures the memory per circuit of another page instead (the layout's baseline) and stops there;
// BENCH_PAUSE=N keeps the app up N s after the memory step (for dotnet-gcdump collect -p PID); BENCH_TRACE=FILE writes
// chromium's trace (JSON, for chrome://tracing or Perfetto) of the third first-screen load; BENCH_SAMPLES=FILE keeps every delay;
// BENCH_APP=PATH runs another build of the app (e.g. the ReadyToRun publish of README's deploy section) from its own folder.
// `-- writer [rounds=10]`: the observed-state writer alone, no app and no browser (StateWriterBench).
// `-- recorder [polls=1000]`: one router's poll through the state recorder, bytes and time per poll (RecorderBench).
if (args is ["writer", ..])
{
    await StateWriterBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10);
    return;
}
if (args is ["recorder", ..])
{
    await RecorderBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 1000);
    return;
}
var seconds = args.Length > 0 ? int.Parse(args[0]) : 60;
var circuits = args.Length > 1 ? int.Parse(args[1]) : 10;
var hubClients = args.Length > 2 ? int.Parse(args[2]) : 50;
const int Routers = 50, PerRouter = 200;
const string Token = "ph_bench_board_token_000000001";

var root = FindRoot();
var appDir = Path.Combine(root, "PeeringHub.App");
var published = Environment.GetEnvironmentVariable("BENCH_APP");
var exe = published ?? new[] { "Release", "Debug" }.Select(c => Path.Combine(appDir, "bin", c, "net10.0", "linux-x64", "PeeringHub.App")).FirstOrDefault(File.Exists)
          ?? throw new InvalidOperationException("Build PeeringHub.App first (dotnet build PeeringHub.App).");
var dataDir = Directory.CreateTempSubdirectory("ph-bench-board-").FullName;
var flipLog = Path.Combine(dataDir, "flips.csv");
await BoardSeed.SeedAsync(dataDir, Routers, PerRouter);
Console.WriteLine($"seeded {Routers * PerRouter} sessions on {Routers} routers in {dataDir}");

var port = FreePort();
var url = $"http://127.0.0.1:{port}";
var psi = new ProcessStartInfo(exe, ["--urls", url]) { WorkingDirectory = published is null ? appDir : Path.GetDirectoryName(Path.GetFullPath(published))!, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var (k, v) in new Dictionary<string, string>
{
    ["PeeringHub__DataDirectory"] = dataDir, ["PeeringHub__SeedDemo"] = "false", ["PeeringHub__Bootstrap__AdminPassword"] = "bench-password-1", ["PeeringHub__Bootstrap__ApiToken"] = Token,
    ["PeeringHub__Sflow__Enabled"] = "false", ["Routers__Synthetic__Enabled"] = "true", ["Routers__Synthetic__ChangesPerMinute"] = Environment.GetEnvironmentVariable("BENCH_CHANGES") ?? "1000",
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
    // BENCH_SETTLE=SECONDS: wait before the first visit (diagnostic: the first visit once the app's own start work is over)
    if (int.TryParse(Environment.GetEnvironmentVariable("BENCH_SETTLE"), out var settle))
    {
        for (var s = 0; s < settle; s++)
        {
            Console.WriteLine($"app CPU after login + {s} s: {CpuSeconds(app.Id):0.00} s");
            await Task.Delay(1000);
        }
    }

    // 1. First render of the full board (10,000 sessions), three times: rows on screen (the prerendered first screen)
    // and the live grid (circuit up, all rows loaded, actions enabled).
    var firstRows = new List<double>();
    var firstPaint = new List<double>();
    var firstRender = new List<double>();
    var serverMs = new List<double>();
    var browserMs = new List<string>();
    for (var i = 0; i < 3; i++)
    {
        var p = await lp.Context.NewPageAsync();
        var cdp = await lp.Context.NewCDPSessionAsync(p);
        await cdp.SendAsync("Performance.enable");
        var trace = i == (int.TryParse(Environment.GetEnvironmentVariable("BENCH_TRACE_VISIT"), out var tv) ? tv : 2) ? Environment.GetEnvironmentVariable("BENCH_TRACE") : null;
        var traceChunks = new List<string>();
        var traceDone = new TaskCompletionSource();
        if (trace is not null)
        {
            cdp.Event("Tracing.dataCollected").OnEvent += (_, e) => traceChunks.Add(e!.Value.GetProperty("value").GetRawText());
            cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => traceDone.TrySetResult();
            await cdp.SendAsync("Tracing.start", new() { ["categories"] = "devtools.timeline,blink,loading,v8.execute,disabled-by-default-devtools.timeline", ["transferMode"] = "ReportEvents" });
        }
        await p.AddInitScriptAsync(FirstRowPaint);
        var sw = Stopwatch.StartNew();
        await p.GotoAsync(url + "/sessions", new() { WaitUntil = WaitUntilState.Commit });
        await p.Locator("#sessions-preview tbody tr, #sessions-grid tr.ph-row").First.WaitForAsync(new() { Timeout = 120_000 });
        firstRows.Add(sw.Elapsed.TotalMilliseconds);
        // Where the first screen's time goes: the server's answer (prerendered HTML) vs the browser.
        serverMs.Add(await p.EvaluateAsync<double>("() => { const n = performance.getEntriesByType('navigation')[0]; return n.responseEnd - n.requestStart; }"));
        var main = await cdp.SendAsync("Performance.getMetrics");
        // Bounded: a browser that never reports the element's paint gives "not reported", not a hung bench.
        firstPaint.Add(await p.EvaluateAsync<double>("() => new Promise(done => { const end = performance.now() + 30000; const poll = () => window.__phFirstRowPaint !== null ? done(window.__phFirstRowPaint) : performance.now() > end ? done(-1) : setTimeout(poll, 20); poll(); })"));
        await p.Locator("#sessions-grid tr.ph-row").First.WaitForAsync(new() { Timeout = 120_000 });
        firstRender.Add(sw.Elapsed.TotalMilliseconds);
        if (trace is not null)
        {
            await cdp.SendAsync("Tracing.end");
            await traceDone.Task;
            File.WriteAllText(trace, "[" + string.Join(",", traceChunks.Select(c => c.Trim()[1..^1]).Where(c => c.Length > 0)) + "]");
        }
        // Chromium's main thread up to the first rows: script, style, layout (cumulative seconds since the page opened)
        var m = main!.Value.GetProperty("metrics").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("value").GetDouble());
        browserMs.Add($"main thread to first rows: script {m["ScriptDuration"] * 1000:0} ms, style {m["RecalcStyleDuration"] * 1000:0} ms, layout {m["LayoutDuration"] * 1000:0} ms, all tasks {m["TaskDuration"] * 1000:0} ms");
        // The browser's side of the first screen, from its own clocks (ms since the navigation started).
        browserMs.Add(await p.EvaluateAsync<string>("""
            () => {
              const n = performance.getEntriesByType('navigation')[0];
              const fcp = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');
              const res = performance.getEntriesByType('resource').filter(r => /\.(css|js)$/.test(r.name.split('?')[0]))
                .map(r => `${r.name.split('/').pop().split('?')[0].replace(/\.[0-9a-z]{8,}\./, '.')} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}${r.transferSize === 0 ? ' (cache)' : ''}`);
              return `response ${n.responseStart.toFixed(0)}-${n.responseEnd.toFixed(0)}, DOM parsed ${n.domInteractive.toFixed(0)}, first paint ${fcp ? fcp.startTime.toFixed(0) : '?'}, loaded ${n.loadEventEnd.toFixed(0)}; HTML ${(n.decodedBodySize / 1024).toFixed(0)} KiB, ${document.getElementsByTagName('*').length} elements; ${res.join(', ')}`;
            }
            """));
        await p.CloseAsync();
    }
    Console.WriteLine($"first rows on screen (board with {Routers * PerRouter} sessions): {string.Join(", ", firstRows.Select(x => $"{x:0} ms"))}" +
                      $" (server's prerendered answer: {string.Join(", ", serverMs.Select(x => $"{x:0} ms"))})");
    Console.WriteLine($"first rows painted, the browser's own clock (element timing of the first row, ms after navigation start): {string.Join(", ", firstPaint.Select(x => x < 0 ? "not reported within 30 s" : $"{x:0} ms"))}");
    Console.WriteLine($"live grid of the board with {Routers * PerRouter} sessions: {string.Join(", ", firstRender.Select(x => $"{x:0} ms"))}");
    foreach (var b in browserMs) Console.WriteLine($"  browser: {b}");

    // 2. Memory per circuit: the server's RSS before and after opening the boards (each filtered to one router, 200 rows).
    await Task.Delay(3000);
    var before = Rss(app.Id);
    var pages = new List<IPage>();
    for (var i = 0; i < circuits; i++)
    {
        // Pages of one logged-in context: each page is its own Blazor circuit.
        var p = await lp.Context.NewPageAsync();
        await p.SetViewportSizeAsync(1400, 900);
        var memPath = Environment.GetEnvironmentVariable("BENCH_MEMORY_PATH");
        await p.GotoAsync(memPath is null ? $"{url}/sessions?router=syn-{i % Routers + 1:00}" : url + memPath);
        try
        {
            if (memPath is not null) { await p.Locator(".ph-layout[data-interactive='true']").WaitForAsync(new() { Timeout = 60_000 }); pages.Add(p); continue; }
            await p.Locator("#sessions-grid tr.ph-row").Nth(10).WaitForAsync(new() { Timeout = 60_000 }); // the virtualised grid keeps the visible rows in the DOM
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
    if (Environment.GetEnvironmentVariable("BENCH_PAUSE") is { } pause) { Console.WriteLine($"app pid {app.Id}; pausing {pause} s"); await Task.Delay(TimeSpan.FromSeconds(int.Parse(pause))); }
    if (Environment.GetEnvironmentVariable("BENCH_MEMORY_PATH") is not null) return;

    // 3. Delivery of state changes to all open boards and hub clients.
    var hubEvents = new System.Collections.Concurrent.ConcurrentBag<(int Client, string Ip, string State, long At)>();
    var hubs = new List<HubConnection>();
    for (var i = 0; i < hubClients; i++)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(url + "/hubs/sessions", o => o.AccessTokenProvider = () => Task.FromResult<string?>(Token))
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        var client = i;
        hub.On<List<SessionStateChanged>>("StateChanged", changes =>
        {
            var at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            foreach (var c in changes) hubEvents.Add((client, c.PeerIp, c.NewState.ToString(), at));
        });
        await hub.StartAsync();
        hubs.Add(hub);
    }
    File.WriteAllText(flipLog, "");
    var t0 = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    var flips = File.ReadAllLines(flipLog).Select(l => l.Split(',')).Where(f => f.Length == 3)
        .Select(f => (Ip: f[0], State: f[1], At: long.Parse(f[2]))).ToList();
    var hubDelays = hubEvents.GroupBy(e => e.Client).SelectMany(g => FirstDeliveries(flips, t0, g.Select(e => (e.Ip, e.State, e.At)))).Order().ToList();
    foreach (var hub in hubs) await hub.DisposeAsync();
    var delays = new List<double>();
    foreach (var p in pages)
    {
        var events = await p.EvaluateAsync<JsonElement>("() => window.__phEvents");
        delays.AddRange(FirstDeliveries(flips, t0, events.EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetInt64()))));
    }
    delays.Sort();
    // BENCH_SAMPLES=FILE appends every delivery delay ("board,ms" / "hub,ms"), so runs can be pooled before taking a p95.
    if (Environment.GetEnvironmentVariable("BENCH_SAMPLES") is { } samples)
        File.AppendAllLines(samples, delays.Select(d => $"board,{d:0}").Concat(hubDelays.Select(d => $"hub,{d:0}")));
    Console.WriteLine($"{flips.Count} flips in {seconds} s ({flips.Count * 60.0 / seconds:0}/min); {delays.Count} deliveries to {circuits} boards");
    if (delays.Count > 0)
        Console.WriteLine($"delivery delay (router change → row on screen): median {delays[delays.Count / 2]:0} ms, p95 {delays[(int)(delays.Count * 0.95)]:0} ms, max {delays[^1]:0} ms");
    Console.WriteLine($"{hubDelays.Count} deliveries to {hubClients} hub clients");
    if (hubDelays.Count > 0)
        Console.WriteLine($"delivery delay (router change → hub client): median {hubDelays[hubDelays.Count / 2]:0} ms, p95 {hubDelays[(int)(hubDelays.Count * 0.95)]:0} ms, max {hubDelays[^1]:0} ms");
}
finally
{
    app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync();
    Directory.Delete(dataDir, recursive: true);
}

// For each flip, the first time one observer showed that session in the new state before the session flipped again
// (a later update of the same row, or a flip it never saw, is not a delivery of this flip).
static IEnumerable<double> FirstDeliveries(List<(string Ip, string State, long At)> flips, long t0, IEnumerable<(string Ip, string State, long At)> seen)
{
    var byKey = seen.GroupBy(e => (e.Ip, e.State)).ToDictionary(g => g.Key, g => g.Select(e => e.At).Order().ToList());
    foreach (var (f, i) in flips.Select((f, i) => (f, i)).Where(x => x.f.At >= t0))
    {
        if (!byKey.TryGetValue((f.Ip, f.State), out var times)) continue;
        var next = flips.Skip(i + 1).Where(n => n.Ip == f.Ip).Select(n => n.At).DefaultIfEmpty(long.MaxValue).First();
        var first = times.FirstOrDefault(t => t >= f.At && t < next, -1);
        if (first >= 0) yield return first - f.At;
    }
}

static double CpuSeconds(int pid)
{
    var f = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return (long.Parse(f[11]) + long.Parse(f[12])) / 100.0; // utime + stime, in clock ticks of 10 ms
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
    // Runs in the page before its HTML: marks the first row's peer cell for chromium's Element Timing, which reports when
    // that text was painted. The Playwright wait above also counts its own script injection and polling.
    const string FirstRowPaint = """
        (() => {
          window.__phFirstRowPaint = null;
          new PerformanceObserver(list => {
            for (const e of list.getEntries())
              if (e.identifier === 'ph-first-row' && window.__phFirstRowPaint === null) window.__phFirstRowPaint = e.renderTime || e.loadTime;
          }).observe({ type: 'element', buffered: true });
          new MutationObserver((_, observer) => {
            const cell = document.querySelector('#sessions-preview tbody tr td:nth-child(3), #sessions-grid tr.ph-row td:nth-child(3)');
            if (!cell) return;
            cell.setAttribute('elementtiming', 'ph-first-row');
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
        })()
        """;

    // Records every row whose state class changes: [peer IP, new state, time] (browser and bench share the host clock).
    const string Observe = """
        () => {
          window.__phEvents = [];
          const grid = document.querySelector('#sessions-grid');
          new MutationObserver(records => {
            // The row's state is its ph-row-<State> class (MudDataGrid rows carry classes, not data attributes).
            const state = row => [...row.classList].find(c => c.startsWith('ph-row-') && c !== 'ph-row-selected' && c !== 'ph-row-changed')?.slice(7);
            const push = row => window.__phEvents.push([row.querySelector('a.ph-peer-ip').textContent, state(row), Date.now()]);
            for (const r of records) {
              if (r.type === 'attributes' && r.target.matches && r.target.matches('tr.ph-row')) push(r.target);
              for (const n of r.addedNodes || []) if (n.matches && n.matches('tr.ph-row')) push(n);
            }
          }).observe(grid, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
        }
        """;
}
