// Router benchmark against the lab: lab.sh up 52 (102 router sessions), then
//  1. refresh (list all sessions with state) over the kept-open SSH.NET connection: on the live CLI channel, as one
//     command per call, and over a fresh connection per call;
//  2. admin down of 50 sessions in one batched call vs one call per session (then back up).
// Usage (root): dotnet run -c Release --project bench/PeeringHub.Bench.Routers -- [bird|frr] [rounds] [batch-only]
//   or: … -- [bird|frr] fleet ROUTERS SECONDS   (the app's poller on ROUTERS router entities, see FleetBench)
//   or: … -- synthetic fleet ROUTERS SECONDS      (the same poller on generated routers of 100 sessions, no lab)
using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Routers;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

var kind = args.Length > 0 ? args[0] : "bird";
var rounds = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 20;
if (kind == "synthetic" && args.Length > 3 && args[1] == "fleet")
{
    await FleetBench.RunSyntheticAsync(sessionsPerRouter: 100, int.Parse(args[2]), int.Parse(args[3]));
    return;
}
const int peers = 52;
var repo = FindRepo();
var labDir = Directory.CreateTempSubdirectory("phb-").FullName;
var labSh = Path.Combine(repo, "PeeringHub.Tests", "Lab", "lab.sh");
Console.WriteLine($"lab: {kind} router, {peers} peers, LAB_DIR={labDir}");
try
{
    var up = await Run("/bin/bash", labSh, "up", peers.ToString());
    Console.Error.Write(up);
    var env = File.ReadAllLines(Path.Combine(labDir, "lab.env")).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    var platform = kind == "bird" ? RouterPlatform.Bird2 : RouterPlatform.Frr;
    RouterTarget Target(int id) => new()
    {
        Id = id, Name = "bench", Platform = platform, Address = "127.0.0.1", SshPort = int.Parse(env["SSH_PORT"]), SshUser = env["LAB_USER"],
        PrivateKey = File.ReadAllText(env["SSH_KEY"]), HostKey = File.ReadAllText(env["SSH_HOST_PUB"]).Trim(), LocalAsn = 64500,
    };
    await using var mux = Services(liveCli: true, env["RTR_DIR"]);
    await using var perCommand = Services(liveCli: false, env["RTR_DIR"]);
    var muxClient = mux.GetRequiredService<RouterClient>();
    var commandClient = perCommand.GetRequiredService<RouterClient>();
    var transports = mux.GetRequiredService<PeeringHub.Routers.Transport.RouterTransportFactory>();
    var target = Target(1);
    var nextId = 100;
    // a new router id is a new connection; closed right after so connections do not pile up
    async Task Fresh(Func<RouterTarget, Task> call)
    {
        var t = Target(Interlocked.Increment(ref nextId));
        try { await call(t); } finally { await transports.CloseAsync(t.Id); }
    }

    var first = await muxClient.ListSessionsAsync(target);
    if (!first.Succeeded) throw new InvalidOperationException(first.Message);
    Console.WriteLine($"sessions on the router: {first.Value!.Count} ({first.Value.Count(s => s.State == BgpState.Established)} Established)");
    if (args.Length > 3 && args[1] == "fleet")
    {
        await FleetBench.RunAsync(env, platform, first.Value, int.Parse(args[2]), int.Parse(args[3]));
        return;
    }

    await Measure($"refresh, live CLI channel ({rounds}x)", rounds, () => Must(muxClient.ListSessionsAsync(target)));
    await Must(commandClient.ListSessionsAsync(target));
    await Measure($"refresh, one command per call, kept connection ({rounds}x)", rounds, () => Must(commandClient.ListSessionsAsync(target)));
    var local = new RouterTarget
    {
        Id = 9, Name = "bench-local", Platform = platform, Transport = RouterTransport.Local, LocalAsn = 64500,
        Address = kind == "bird" ? Path.Combine(env["RTR_DIR"], "bird.ctl") : Path.Combine(env["RTR_DIR"], "vty"),
    };
    await Measure($"refresh, local control socket, no ssh ({rounds}x)", rounds, () => Must(muxClient.ListSessionsAsync(local)));
    await Measure($"refresh, fresh connection per call ({rounds}x)", rounds, () => Fresh(t => Must(muxClient.ListSessionsAsync(t))));

    var names = first.Value.Where(s => !s.AdminDisabled && s.State == BgpState.Established).Select(s => s.Name).Take(50).ToList();
    if (names.Count < 50) throw new InvalidOperationException($"only {names.Count} sessions");
    async Task Batch(RouterClient c, RouterTarget t, AdminState st)
    {
        var r = await c.SetAdminStateAsync(t, new AdminStateRequest(names, st, st == AdminState.Down ? "bench" : null));
        if (!r.Succeeded || r.Value!.Any(x => !x.Succeeded)) throw new InvalidOperationException(r.Message ?? r.Value!.First(x => !x.Succeeded).Message);
    }
    async Task OneByOne(RouterClient c, RouterTarget t, AdminState st)
    {
        foreach (var n in names)
        {
            var r = await c.SetAdminStateAsync(t, new AdminStateRequest([n], st));
            if (!r.Succeeded || !r.Value![0].Succeeded) throw new InvalidOperationException(r.Message ?? r.Value![0].Message);
        }
    }
    // Each admin down meets 50 Established sessions, as in a maintenance: shutting down an Established session sends a
    // NOTIFICATION and closes its TCP connection, which costs the router far more than one that is still connecting.
    async Task UpAndEstablished()
    {
        await Batch(muxClient, target, AdminState.Up);
        var sw = Stopwatch.StartNew();
        while (true)
        {
            var r = await muxClient.ListSessionsAsync(target);
            if (r.Succeeded && r.Value!.Count(s => names.Contains(s.Name) && s.State == BgpState.Established) == names.Count) return;
            if (sw.Elapsed > TimeSpan.FromSeconds(60)) throw new InvalidOperationException("the 50 sessions did not come back Established within 60 s");
            await Task.Delay(250);
        }
    }
    var rep = Math.Max(5, rounds / 2);
    await Measure($"admin down 50 Established, one batched call, kept connection ({rep}x)", rep, () => Batch(muxClient, target, AdminState.Down), UpAndEstablished);
    await Measure($"admin down 50 Established, one batched call, fresh connection ({rep}x)", rep, () => Fresh(t => Batch(muxClient, t, AdminState.Down)), UpAndEstablished);
    // The same batch without the live CLI: a command of its own on the kept connection (on FRR: a vtysh start per call).
    await Measure($"admin down 50 Established, own command, no live CLI ({rep}x)", rep, () => Batch(commandClient, target, AdminState.Down), UpAndEstablished);
    // The issue's "today" (81.6 ms BIRD, 285 ms FRR) was measured with each round starting right after the previous admin up,
    // while most sessions were still connecting: shown too, to compare like with like.
    await Measure($"admin down 50 right after admin up (sessions connecting) ({rep}x)", rep, () => Batch(muxClient, target, AdminState.Down), () => Batch(muxClient, target, AdminState.Up));
    await UpAndEstablished();
    await using (var own = await RouterOwnTime.StartAsync(kind, env["RTR_DIR"]))
    {
        IReadOnlyList<string> Lines(bool down) => kind == "bird"
            ? names.Select(n => down ? $"disable {n} \"bench\"" : $"enable {n}").ToList()
            : ["configure terminal", "router bgp 64500", .. names.Select(n => down ? $"neighbor {n} shutdown message bench" : $"no neighbor {n} shutdown"), "end"];
        var times = new List<double>();
        for (var i = 0; i < rep; i++)
        {
            times.Add(await own.RunAsync(Lines(true)));
            await own.RunAsync(Lines(false));
            await UpAndEstablished();
        }
        times.Sort();
        Console.WriteLine($"{$"router's own time: the 50 lines on a CLI open on the router ({rep}x)",-62} median {times[times.Count / 2],8:0.0} ms   min {times[0],8:0.0}   max {times[^1],8:0.0}");
    }
    if (args.Contains("batch-only")) return;
    await Measure("admin down 50 Established, one call per session, kept connection (1x)", 1, () => OneByOne(muxClient, target, AdminState.Down), UpAndEstablished);
}
finally
{
    Console.Error.Write(await Run("/bin/bash", labSh, "down"));
    Directory.Delete(labDir, true);
}

async Task Measure(string what, int n, Func<Task> action, Func<Task>? reset = null)
{
    var times = new List<double>();
    for (var i = 0; i < n; i++)
    {
        var sw = Stopwatch.StartNew();
        await action();
        times.Add(sw.Elapsed.TotalMilliseconds);
        if (reset is not null) await reset();
    }
    times.Sort();
    Console.WriteLine($"{what,-62} median {times[times.Count / 2],8:0.0} ms   min {times[0],8:0.0}   max {times[^1],8:0.0}");
}

static async Task Must<T>(Task<RouterResult<T>> call)
{
    var r = await call;
    if (!r.Succeeded) throw new InvalidOperationException($"{r.Error}: {r.Message}");
}

static ServiceProvider Services(bool liveCli, string routerDir) => new ServiceCollection()
    .AddLogging()
    .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
    .AddSingleton<ISecretProtector>(new DataProtectionSecretProtector(new EphemeralDataProtectionProvider()))
    .AddRouterDrivers(o => { o.LiveCli = liveCli; o.ReadRetries = 0; })
    .Configure<PeeringHub.Core.Settings.PeeringHubOptions>(o => (o.LocalTransport.Enabled, o.LocalTransport.AllowedFolder) = (true, routerDir))
    .BuildServiceProvider();

async Task<string> Run(string file, params string[] a)
{
    var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
    foreach (var x in a) psi.ArgumentList.Add(x);
    psi.Environment["LAB_DIR"] = labDir;
    psi.Environment["LAB_RTR"] = kind;
    using var p = Process.Start(psi)!;
    var o = await p.StandardOutput.ReadToEndAsync();
    var e = await p.StandardError.ReadToEndAsync();
    await p.WaitForExitAsync();
    if (p.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', a)} failed: {o}{e}");
    return e;
}

static string FindRepo()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "PeeringHub.sln"))) return d.FullName;
    throw new InvalidOperationException("PeeringHub.sln not found");
}
