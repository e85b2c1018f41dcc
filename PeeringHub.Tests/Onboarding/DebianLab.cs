using PeeringHub.Tests.Routers;
using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Onboarding;

/// <summary>
/// A router laid out like Debian's packages (Lab/debian-lab.sh) with the lab's peers, its sessions in its own files, and no
/// gate or SSH user until the test runs router-side/install.sh. Always taken down at the end.
/// </summary>
public sealed class DebianLab(string kind) : IAsyncDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("phd-").FullName;
    public IReadOnlyDictionary<string, string> Env { get; private set; } = new Dictionary<string, string>();
    public static string RepoDir => Path.GetFullPath(Path.Combine(TestPaths.ProjectDir, ".."));

    public async Task UpAsync(int peers)
    {
        var up = await Script("up", peers.ToString());
        if (up.ExitCode != 0) throw new InvalidOperationException($"debian-lab.sh up failed ({up.ExitCode}): {up.Stdout}\n{up.Stderr}");
        Env = File.ReadAllLines(Path.Combine(Dir, "lab.env")).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>Runs a command as root inside the router's mount namespace (where /etc/bird, /run/bird … are the router's).</summary>
    public Task<(int ExitCode, string Stdout, string Stderr)> Root(params string[] args) => Script(["nsexec", .. args]);

    public async Task<string> RootText(params string[] args)
    {
        var r = await Root(args);
        return r.ExitCode == 0 ? r.Stdout : throw new InvalidOperationException($"{string.Join(' ', args)} failed ({r.ExitCode}): {r.Stdout}{r.Stderr}");
    }

    /// <summary>router-side/install.sh as an operator would run it, with the lab's user, home and prefix.</summary>
    public Task<(int ExitCode, string Stdout, string Stderr)> InstallAsync() => Root(Path.Combine(RepoDir, "router-side", "install.sh"),
        "--router", kind, "--user", Env["GATE_USER"], "--home", Env["GATE_HOME"], "--prefix", Env["GATE_PREFIX"],
        "--key", File.ReadAllText(Env["SSH_PUB"]).Trim(), "--netns-pidfile", kind == "bird" ? "/run/bird/bird.pid" : "/var/run/frr/bgpd.pid");

    public async ValueTask DisposeAsync()
    {
        var down = await Script("down");
        if (down.ExitCode == 0) Directory.Delete(Dir, recursive: true);
        else throw new InvalidOperationException($"debian-lab.sh down failed: {down.Stderr}");
    }

    Task<(int ExitCode, string Stdout, string Stderr)> Script(params string[] args) =>
        RouterLabFixture.Run("/bin/bash", [TestPaths.Source("Lab", "debian-lab.sh"), .. args], ("LAB_DIR", Dir), ("LAB_RTR", kind));
}
