using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Core.Settings;
using PeeringHub.Routers;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Tests.Routers.Lab;

/// <summary>
/// Brings up the router lab (PeeringHub.Tests/Lab/lab.sh) with a BIRD or FRR router and N peers, builds the router
/// services against it over the lab's sshd, and always runs "lab.sh down" at the end (it removes only what it recorded).
/// </summary>
public abstract class RouterLabFixture : IAsyncLifetime
{
    public const int Peers = 22; // 42 router sessions: enough for a 40-session batch
    private static int _nextId = 1000;

    protected abstract string RouterKind { get; }
    public string Platform => RouterKind == "bird" ? RouterPlatform.Bird2 : RouterPlatform.Frr;
    public string LabDir { get; private set; } = "";
    public IReadOnlyDictionary<string, string> Env { get; private set; } = new Dictionary<string, string>();
    public ServiceProvider Services { get; private set; } = null!;
    public RouterClient Client => Services.GetRequiredService<RouterClient>();
    public RouterConnectionService Connections => Services.GetRequiredService<RouterConnectionService>();
    public ISecretProtector Secrets => Services.GetRequiredService<ISecretProtector>();
    public RouterTarget Ssh { get; private set; } = null!;
    public RouterTarget Local { get; private set; } = null!;
    public int ConfiguredSessions => 2 * (Peers - 1);
    public int EstablishedBaseline => 2 * Peers - 5;
    public string UpOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        LabDir = Directory.CreateTempSubdirectory("phl-").FullName;
        var up = await Lab("up", Peers.ToString());
        UpOutput = up.Stderr;
        if (up.ExitCode != 0)
        {
            await Lab("down");
            throw new InvalidOperationException($"lab.sh up failed ({up.ExitCode}): {up.Stdout}\n{up.Stderr}");
        }
        Env = File.ReadAllLines(Path.Combine(LabDir, "lab.env")).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Services = BuildServices(o => { });
        Ssh = SshTarget();
        Local = new RouterTarget
        {
            Id = NewId(), Name = "lab-local", Platform = Platform, Transport = RouterTransport.Local, LocalAsn = 64500,
            Address = RouterKind == "bird" ? Path.Combine(Env["RTR_DIR"], "bird.ctl") : Path.Combine(Env["RTR_DIR"], "vty"),
        };
    }

    public ServiceProvider BuildServices(Action<RouterOptions> configure) => new ServiceCollection()
        .AddLogging()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddSingleton<ISecretProtector>(new DataProtectionSecretProtector(new EphemeralDataProtectionProvider()))
        .AddRouterDrivers(configure)
        // The lab's router is also reached through its control socket: Local transport on, for the lab's router folder only.
        .Configure<PeeringHubOptions>(o => (o.LocalTransport.Enabled, o.LocalTransport.AllowedFolder) = (true, Env["RTR_DIR"]))
        .BuildServiceProvider();

    /// <summary>A target for the lab's sshd; each call gets its own id, so its own connection and circuit breaker.</summary>
    public RouterTarget SshTarget(string? privateKeyFile = null, string? hostKeyFile = null, int? port = null) => new()
    {
        Id = NewId(), Name = "lab-ssh", Platform = Platform, Transport = RouterTransport.Ssh, LocalAsn = 64500,
        Address = "127.0.0.1", SshPort = port ?? int.Parse(Env["SSH_PORT"]), SshUser = Env["LAB_USER"],
        PrivateKey = File.ReadAllText(privateKeyFile ?? Env["SSH_KEY"]),
        HostKey = File.ReadAllText(hostKeyFile ?? Env["SSH_HOST_PUB"]).Trim(),
    };

    public static int NewId() => Interlocked.Increment(ref _nextId);

    /// <summary>Router session name of peer i, family 4 or 6 (BIRD protocol name; FRR neighbor address).</summary>
    public string Session(int peer, int family) => RouterKind == "bird"
        ? $"p{peer:000}_v{family}"
        : family == 4 ? $"192.0.2.{10 + peer}" : $"2001:db8:ffff::{10 + peer}";

    public static string PeerIp(int peer, int family) => family == 4 ? $"192.0.2.{10 + peer}" : $"2001:db8:ffff::{10 + peer}";

    public int Spare => Peers - 1;
    public int Dead => Peers;

    /// <summary>Asks the router itself, on its control socket, bypassing our drivers: an independent observer.</summary>
    public async Task<string> RouterCli(params string[] args)
    {
        var rtr = Env["RTR_DIR"];
        var (file, pre) = RouterKind == "bird"
            ? ("/usr/sbin/birdc", new[] { "-s", Path.Combine(rtr, "bird.ctl") })
            : ("/usr/bin/vtysh", new[] { "--vty_socket", Path.Combine(rtr, "vty"), "--config_dir", rtr });
        var r = await Run(file, [.. pre, .. args]);
        return r.Stdout + r.Stderr;
    }

    public async Task DisposeAsync()
    {
        if (Services is not null) await Services.DisposeAsync(); // closes the SSH connections
        var down = await Lab("down");
        if (down.ExitCode == 0) Directory.Delete(LabDir, recursive: true);
        else throw new InvalidOperationException($"lab.sh down failed: {down.Stderr}");
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> Lab(params string[] args) =>
        Run("/bin/bash", [TestPaths.Source("Lab", "lab.sh"), .. args], ("LAB_DIR", LabDir), ("LAB_RTR", RouterKind));

    public static async Task<(int ExitCode, string Stdout, string Stderr)> Run(string file, string[] args, params (string, string)[] env)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await o, await e);
    }
}
