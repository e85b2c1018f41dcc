using System.Diagnostics;
using PeeringHub.Tests.Onboarding;

namespace PeeringHub.Tests.Routers.Gate;

/// <summary>
/// The router-side gate's <c>serve</c>, run as sshd would run it (bash, SSH_ORIGINAL_COMMAND), on a scratch include folder
/// with a stand-in birdcl that records what it is given. What is checked is the gate's own part: the same batch as the
/// <c>admin</c> command, the framing, and that nothing but an admin batch gets through. BIRD itself is in the lab tests.
/// </summary>
public sealed class GateServeScriptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ph-gate-").FullName;
    private string Include => Path.Combine(_dir, "peers.d");
    private string BirdclLog => Path.Combine(_dir, "birdcl.log");

    public GateServeScriptTests()
    {
        Directory.CreateDirectory(Include);
        foreach (var n in new[] { "p001_v4", "p002_v4" })
            File.WriteAllText(Path.Combine(Include, n + ".conf"), $"protocol bgp {n} from peer4 {{\n  neighbor 192.0.2.1 as 64501;\n}}\n");
        var birdcl = Path.Combine(_dir, "birdcl");
        File.WriteAllText(birdcl, $"#!/bin/bash\nwhile IFS= read -r l; do printf '%s\\n' \"$l\" >>'{BirdclLog}'; echo \"bird> $l\"; n=${{l#* }}; echo \"${{n%% *}}: done\"; done\n");
        File.SetUnixFileMode(birdcl, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(_dir, "gate.conf"), $"ROUTER=bird\nBIRD_INCLUDE_DIR={Include}\nBIRDCL={birdcl}\nBIRD_SOCKET={_dir}/bird.ctl\n");
    }

    [Fact]
    public async Task Serve_RunsAdminBatchesLikeTheAdminCommand_FramedWithStderrAndExit()
    {
        var command = await Gate("admin down p001_v4 p002_v4", "maintenance\n");
        ResetFiles();

        var served = await Gate("serve", "5 admin down p001_v4 p002_v4\nmaintenance\n6 admin up p002_v4\n\n");

        Assert.Equal(0, command.Exit);
        Assert.Equal(0, served.Exit);
        Assert.StartsWith("%%%. 0 0\n" + command.Stdout + "\n%%%!\n%%%. 5 0\n", served.Stdout);
        Assert.EndsWith("ok p002_v4\n%%% birdcl\nbird> enable p002_v4\np002_v4: done\n\n%%%!\n%%%. 6 0\n", served.Stdout);
        Assert.Contains("disabled;", await File.ReadAllTextAsync(Path.Combine(Include, "p001_v4.conf")));
        Assert.DoesNotContain("disabled;", await File.ReadAllTextAsync(Path.Combine(Include, "p002_v4.conf")));
        Assert.Equal(["disable p001_v4 \"maintenance\"", "disable p002_v4 \"maintenance\"", "enable p002_v4"], Birdcl());
        Assert.Empty(Directory.GetFiles(_dir, "peeringhub-serve.*")); // its stderr file (TMPDIR is this folder) is gone at EOF
    }

    [Theory]
    [InlineData("1 admin down p001_v4;touch INJECTED")]
    [InlineData("1 admin down p001_v4 $(touch INJECTED)")]
    [InlineData("1 birdc configure")]
    [InlineData("1 put-conf p001_v4")]
    [InlineData("admin down p001_v4")] // no request number
    [InlineData("1 admin down ../p001_v4")]
    public async Task Serve_RefusesAnythingButAnAdminBatch_AndServesTheNextRequest(string request)
    {
        var served = await Gate("serve", $"{request}\n\n2 admin down p001_v4\n\n", workDir: _dir);

        Assert.Equal(0, served.Exit);
        Assert.Contains("\n%%%!\ngate: serve takes only: SEQ admin down|up NAME...\n%%%. ", served.Stdout);
        Assert.EndsWith("ok p001_v4\n%%% birdcl\nbird> disable p001_v4\np001_v4: done\n\n%%%!\n%%%. 2 0\n", served.Stdout);
        Assert.False(File.Exists(Path.Combine(_dir, "INJECTED")));
        Assert.Equal(["disable p001_v4"], Birdcl());
    }

    [Fact]
    public async Task Serve_BadMessageOrName_RefusedWithTheAdminCommandsWords_NothingApplied()
    {
        var served = await Gate("serve", "1 admin down p001_v4\nsays \"hi\"\n2 admin down p001_v4 " + new string('x', 65) + "\n\n");

        Assert.Contains("\n%%%!\ngate: bad shutdown message\n%%%. 1 2\n", served.Stdout);
        Assert.Contains("\n%%%!\ngate: bad config name: " + new string('x', 65) + "\n%%%. 2 2\n", served.Stdout);
        Assert.Empty(Birdcl());
        Assert.DoesNotContain("disabled;", await File.ReadAllTextAsync(Path.Combine(Include, "p001_v4.conf")));
    }

    [Fact]
    public async Task Serve_OnAnFrrRouter_Refused()
    {
        File.AppendAllText(Path.Combine(_dir, "gate.conf"), "ROUTER=frr\n");
        var served = await Gate("serve", "1 admin down p001_v4\n\n");
        Assert.Equal(2, served.Exit);
        Assert.Contains("serve is for BIRD routers", served.Stderr);
    }

    private string[] Birdcl() => File.Exists(BirdclLog) ? File.ReadAllLines(BirdclLog) : [];

    private void ResetFiles()
    {
        foreach (var f in Directory.GetFiles(Include, "*.conf"))
            File.WriteAllLines(f, File.ReadAllLines(f).Where(l => l.Trim() != "disabled;"));
        File.Delete(BirdclLog);
    }

    private async Task<(int Exit, string Stdout, string Stderr)> Gate(string command, string stdin, string? workDir = null)
    {
        var psi = new ProcessStartInfo("/bin/bash", [Path.Combine(DebianLab.RepoDir, "router-side", "peeringhub-gate")])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workDir ?? _dir,
        };
        psi.Environment["SSH_ORIGINAL_COMMAND"] = command;
        psi.Environment["PEERINGHUB_GATE_CONF"] = Path.Combine(_dir, "gate.conf");
        psi.Environment["USER"] = "peeringhub";
        psi.Environment["TMPDIR"] = _dir;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.StandardInput.WriteAsync(stdin);
        p.StandardInput.Close();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw;
        }
        return (p.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
