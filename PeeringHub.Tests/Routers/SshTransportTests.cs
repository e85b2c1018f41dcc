using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Routers;

/// <summary>What SshTransport hands to ssh, checked with a stand-in ssh that records its view of the world.</summary>
[Trait("Kind", "Unit")]
public class SshTransportTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("phr-ssh-");

    public void Dispose() => _dir.Delete(true);

    private string FakeSsh(int exitCode, string stderr)
    {
        var script = Path.Combine(_dir.FullName, "fake-ssh");
        // records its arguments one per line, the key file's mode while ssh runs, and stdin
        File.WriteAllText(script, $$"""
            #!/bin/bash
            out={{_dir.FullName}}/seen
            printf '%s\n' "$@" >"$out.args"
            while [ $# -gt 0 ]; do [ "$1" = -i ] && stat -c %a "$2" >"$out.mode"; shift; done
            cat >"$out.stdin"
            printf '%s' '{{stderr}}' >&2
            exit {{exitCode}}
            """);
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    private static RouterTarget Target => new()
    {
        Id = 77, Name = "edge1", Platform = "bird2", Address = "192.0.2.1", SshPort = 2222, SshUser = "ph",
        PrivateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----",
        HostKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPm7lBhW3x3pPZ5h0x7bKz1m0mZ5aH0yZ9mC1o2Gx2gQ comment",
    };

    [Fact]
    public async Task Run_StrictHostKeys_Key0600OnlyDuringCall_ArgumentsQuoted()
    {
        var o = new RouterOptions { DataDir = _dir.FullName, SshPath = FakeSsh(0, "") };
        await using var t = new SshTransport(Target, o);
        var r = await t.RunAsync(new RouterCommand(["vtysh", "-c", "neighbor 192.0.2.9 description x'; $(id)"], "stdin text"), CancellationToken.None);
        Assert.Equal(0, r.ExitCode);

        var args = File.ReadAllLines(Path.Combine(_dir.FullName, "seen.args"));
        Assert.Equal("600", File.ReadAllText(Path.Combine(_dir.FullName, "seen.mode")).Trim());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_dir.FullName, "keys"))); // deleted after the call
        foreach (var opt in new[] { "BatchMode=yes", "StrictHostKeyChecking=yes", "IdentitiesOnly=yes", "HostKeyAlias=router-77", "HostKeyAlgorithms=ssh-ed25519", "ControlMaster=auto" })
            Assert.Contains(opt, args);
        var knownHosts = args.Single(a => a.StartsWith("UserKnownHostsFile=", StringComparison.Ordinal))["UserKnownHostsFile=".Length..];
        Assert.Equal("router-77 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPm7lBhW3x3pPZ5h0x7bKz1m0mZ5aH0yZ9mC1o2Gx2gQ\n", File.ReadAllText(knownHosts));
        Assert.Equal("vtysh -c 'neighbor 192.0.2.9 description x'\\''; $(id)'", args[^1]); // one quoted string after "--" host
        Assert.Equal("192.0.2.1", args[^2]);
        Assert.Equal("stdin text", File.ReadAllText(Path.Combine(_dir.FullName, "seen.stdin")));
    }

    [Theory]
    [InlineData("@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@\nHost key verification failed.", RouterErrorKind.HostKeyMismatch)]
    [InlineData("ph@192.0.2.1: Permission denied (publickey).", RouterErrorKind.AuthenticationFailed)]
    [InlineData("ssh: connect to host 192.0.2.1 port 2222: Connection refused", RouterErrorKind.Unreachable)]
    [InlineData("Connection timed out during banner exchange", RouterErrorKind.Timeout)]
    public async Task SshFailure_ClassifiedWithReason(string stderr, RouterErrorKind kind)
    {
        var o = new RouterOptions { DataDir = _dir.FullName, SshPath = FakeSsh(255, stderr) };
        await using var t = new SshTransport(Target, o);
        var ex = await Assert.ThrowsAsync<RouterException>(() => t.RunAsync(new RouterCommand(["birdc", "show", "protocols"]), CancellationToken.None));
        Assert.Equal(kind, ex.Kind);
        Assert.Contains("edge1", ex.Message);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_dir.FullName, "keys"))); // deleted on failure too
    }

    [Fact]
    public async Task NoAcceptedHostKey_NothingRun()
    {
        var o = new RouterOptions { DataDir = _dir.FullName, SshPath = FakeSsh(0, "") };
        await using var t = new SshTransport(new RouterTarget { Id = 1, Name = "edge2", Platform = "bird2", Address = "192.0.2.2", PrivateKey = "k" }, o);
        var ex = await Assert.ThrowsAsync<RouterException>(() => t.RunAsync(new RouterCommand(["birdc"]), CancellationToken.None));
        Assert.Equal(RouterErrorKind.HostKeyNotAccepted, ex.Kind);
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "seen.args")));
    }
}
