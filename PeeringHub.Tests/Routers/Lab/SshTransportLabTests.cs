using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Tests.Routers.Lab;

/// <summary>Connection-level behaviour over the lab's real sshd: host keys, identities, unreachable and silent routers.</summary>
[Collection(BirdLabCollection.Name)]
[Trait("Kind", "Lab")]
public sealed class SshTransportLabTests(BirdLabFixture lab)
{
    private Router Entity(bool withHostKey) => new()
    {
        Id = RouterLabFixture.NewId(), Name = "lab-entity", Platform = RouterPlatform.Bird2, Transport = RouterTransport.Ssh,
        Address = "127.0.0.1", SshPort = int.Parse(lab.Env["SSH_PORT"]), SshUser = lab.Env["LAB_USER"], LocalAsn = 64500,
        SshPrivateKeyProtected = lab.Secrets.Protect(File.ReadAllText(lab.Env["SSH_KEY"])),
        HostKey = withHostKey ? File.ReadAllText(lab.Env["SSH_HOST_PUB"]).Trim() : null,
    };

    [Fact]
    public async Task HostKey_FetchShowsFingerprint_AcceptStoresOnlyTheConfirmedOne_ThenConnectionWorks()
    {
        var router = Entity(withHostKey: false);
        var untested = await lab.Connections.TestConnectionAsync(router);
        Assert.Equal("host key", untested.FailedStep);

        var fetched = await lab.Connections.FetchHostKeyAsync(router);
        Assert.True(fetched.Succeeded, fetched.Message);
        var keygen = await RouterLabFixture.Run("ssh-keygen", ["-lf", lab.Env["SSH_HOST_PUB"]]);
        Assert.Equal(keygen.Stdout.Split(' ')[1], fetched.Value!.Fingerprint);
        Assert.False(fetched.Value.MatchesAccepted);

        var wrong = await lab.Connections.AcceptHostKeyAsync(router, "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(RouterErrorKind.HostKeyMismatch, wrong.Error);
        Assert.Null(router.HostKey);

        var accepted = await lab.Connections.AcceptHostKeyAsync(router, fetched.Value.Fingerprint);
        Assert.True(accepted.Succeeded, accepted.Message);
        Assert.Equal(fetched.Value.Fingerprint, router.HostKeyFingerprint);

        var test = await lab.Connections.TestConnectionAsync(router);
        Assert.True(test.Succeeded, $"{test.FailedStep}: {test.Message}");
        Assert.Equal(lab.ConfiguredSessions, test.SessionCount);
        // the private key existed only during calls
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(lab.DataDir, "keys")));
    }

    [Fact]
    public async Task ChangedHostKey_Refused_WithClearError()
    {
        var target = lab.SshTarget(hostKeyFile: lab.Env["SSH_OTHER_KEY"] + ".pub");
        var r = await lab.Client.ListSessionsAsync(target);
        Assert.Equal(RouterErrorKind.HostKeyMismatch, r.Error);
        Assert.Contains("does not match the accepted key", r.Message);
    }

    [Fact]
    public async Task WrongSshKey_Refused()
    {
        var r = await lab.Client.ListSessionsAsync(lab.SshTarget(privateKeyFile: lab.Env["SSH_OTHER_KEY"]));
        Assert.Equal(RouterErrorKind.AuthenticationFailed, r.Error);
        Assert.Contains("Permission denied", r.Message);
    }

    [Fact]
    public async Task GateRefusesAnythingButRouterCliAndConfigFiles()
    {
        var transport = lab.Services.GetRequiredService<PeeringHub.Routers.Transport.RouterTransportFactory>().For(lab.Ssh);
        var r = await transport.RunAsync(new RouterCommand(["cat", "/etc/passwd"]), CancellationToken.None);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not allowed", r.Stderr);
    }

    [Fact]
    public async Task SshdStopped_UnknownWithReason_Fast()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; } // now closed
        var router = Entity(withHostKey: true);
        router.SshPort = port;
        var sw = Stopwatch.StartNew();
        var r = await lab.Connections.ReadSessionsAsync(router);
        Assert.False(r.Reachable);
        Assert.Equal(RouterErrorKind.Unreachable, r.Error);
        Assert.Contains("Connection refused", r.Reason);
        Assert.Equal(BgpState.Unknown, r.StateOf("p001_v4"));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed}");
    }

    [Fact]
    public async Task SilentRouter_TimesOutWithReason_WithinTheTimeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0); // accepts TCP, never says a word
        silent.Start();
        await using var sp = lab.BuildServices(o => { o.ConnectTimeout = TimeSpan.FromSeconds(30); o.ReadTimeout = TimeSpan.FromSeconds(2); o.ReadRetries = 1; o.RetryDelay = TimeSpan.FromMilliseconds(50); });
        var target = lab.SshTarget(port: ((IPEndPoint)silent.LocalEndpoint).Port);
        var sw = Stopwatch.StartNew();
        var r = await sp.GetRequiredService<RouterClient>().ListSessionsAsync(target);
        Assert.Equal(RouterErrorKind.Timeout, r.Error);
        Assert.Contains("did not finish within 2 s", r.Message);
        Assert.InRange(sw.Elapsed, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(8)); // 2 attempts x 2 s
    }
}
