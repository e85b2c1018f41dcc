using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Routers.Lab;

/// <summary>Connection-level behaviour of the SSH.NET transport over the lab's real sshd: host keys, identities
/// (ed25519, RSA PEM, ECDSA OpenSSH, password), queueing, stdin, unreachable and silent routers.</summary>
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

    private RouterTarget With(RouterTarget t, string? key, string? passphrase = null, string? password = null) => new()
    {
        Id = t.Id, Name = t.Name, Platform = t.Platform, Transport = t.Transport, Address = t.Address, SshPort = t.SshPort,
        SshUser = t.SshUser, HostKey = t.HostKey, LocalAsn = t.LocalAsn, PrivateKey = key, KeyPassphrase = passphrase, Password = password,
    };

    private async Task ListsAllSessions(RouterTarget target)
    {
        var r = await lab.Client.ListSessionsAsync(target);
        Assert.True(r.Succeeded, $"{r.Error}: {r.Message}");
        Assert.Equal(lab.ConfiguredSessions, r.Value!.Count);
    }

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
        Assert.Equal(File.ReadAllText(lab.Env["SSH_HOST_PUB"]).Split(' ')[1], fetched.Value.HostKey.Split(' ')[1]);
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
    }

    [Fact]
    public async Task ChangedHostKey_Refused_ErrorNamesBothFingerprints()
    {
        var otherPub = lab.Env["SSH_OTHER_KEY"] + ".pub";
        var target = lab.SshTarget(hostKeyFile: otherPub);
        var r = await lab.Client.ListSessionsAsync(target);
        Assert.Equal(RouterErrorKind.HostKeyMismatch, r.Error);
        Assert.Contains("does not match the accepted key", r.Message);
        Assert.Contains(HostKeys.Fingerprint(File.ReadAllText(otherPub)), r.Message);               // the accepted one
        Assert.Contains(HostKeys.Fingerprint(File.ReadAllText(lab.Env["SSH_HOST_PUB"])), r.Message); // the presented one
    }

    [Fact]
    public async Task WrongSshKey_Refused()
    {
        var r = await lab.Client.ListSessionsAsync(lab.SshTarget(privateKeyFile: lab.Env["SSH_OTHER_KEY"]));
        Assert.Equal(RouterErrorKind.AuthenticationFailed, r.Error);
        Assert.Contains("Permission denied", r.Message);
    }

    [Fact]
    public Task Ed25519Key_OpenSshFormat_Accepted() => ListsAllSessions(lab.SshTarget());

    [Fact]
    public async Task RsaKey_PemWithPassphrase_Accepted_WrongPassphraseIsAClearError()
    {
        var key = File.ReadAllText(lab.Env["SSH_RSA_KEY"]);
        Assert.Contains("BEGIN RSA PRIVATE KEY", key); // PEM (PKCS#1), encrypted
        await ListsAllSessions(With(lab.SshTarget(), key, lab.Env["SSH_KEY_PASSPHRASE"]));

        var wrong = await lab.Client.ListSessionsAsync(With(lab.SshTarget(), key, "not-the-passphrase"));
        Assert.Equal(RouterErrorKind.AuthenticationFailed, wrong.Error);
        Assert.Contains("cannot be read", wrong.Message);
        var missing = await lab.Client.ListSessionsAsync(With(lab.SshTarget(), key));
        Assert.Equal(RouterErrorKind.AuthenticationFailed, missing.Error);
    }

    [Fact]
    public async Task EcdsaKey_OpenSshFormatWithPassphrase_Accepted()
    {
        var key = File.ReadAllText(lab.Env["SSH_ECDSA_KEY"]);
        Assert.Contains("BEGIN OPENSSH PRIVATE KEY", key);
        await ListsAllSessions(With(lab.SshTarget(), key, lab.Env["SSH_KEY_PASSPHRASE"]));
    }

    [Fact]
    public async Task Password_Accepted_WrongPasswordRefused()
    {
        await ListsAllSessions(With(lab.SshTarget(), key: null, password: lab.Env["SSH_PASSWORD"]));
        var wrong = await lab.Client.ListSessionsAsync(With(lab.SshTarget(), key: null, password: "wrong-password"));
        Assert.Equal(RouterErrorKind.AuthenticationFailed, wrong.Error);
        Assert.Contains("Permission denied", wrong.Message);
    }

    [Fact]
    public async Task GateRefusesAnythingButRouterCliAndConfigFiles()
    {
        var transport = lab.Services.GetRequiredService<RouterTransportFactory>().For(lab.Ssh);
        var r = await transport.RunAsync(new RouterCommand(["cat", "/etc/passwd"]), CancellationToken.None);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not allowed", r.Stderr);
        Assert.Equal("", r.Stdout); // stdout and stderr kept apart
    }

    [Fact]
    public async Task Stdin_200kB_ArrivesIntact()
    {
        var transport = lab.Services.GetRequiredService<RouterTransportFactory>().For(lab.Ssh);
        var sb = new StringBuilder("# managed by PeeringHub\n");
        for (var i = 0; sb.Length < 200_000; i++) sb.Append("# padding line ").Append(i).Append(" ").Append(new string('x', 60)).Append('\n');
        var text = sb.ToString();
        try
        {
            var put = await transport.RunAsync(new RouterCommand(["put-conf"], $"%%% zz_payload\n{text}", ReadOnly: false), CancellationToken.None);
            Assert.True(put.ExitCode == 0, put.Stderr);
            var back = await transport.RunAsync(new RouterCommand(["cat-conf", "zz_payload"]), CancellationToken.None);
            Assert.Equal(0, back.ExitCode);
            Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"%%% zz_payload\n{text}"))),
                Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(back.Stdout))));
        }
        finally
        {
            await transport.RunAsync(new RouterCommand(["rm-conf", "zz_payload"], ReadOnly: false), CancellationToken.None);
        }
    }

    [Fact]
    public async Task MoreParallelCommandsThanMaxSessions_AllQueuedAndAnswered()
    {
        await using var sp = lab.BuildServices(o => o.MaxChannels = 10);
        var transport = sp.GetRequiredService<RouterTransportFactory>().For(lab.SshTarget());
        var running = 0;
        var peak = 0;
        var sshdChildrenPeak = 0;
        var sshd = int.Parse(File.ReadAllText(Path.Combine(lab.LabDir, "ssh", "sshd.pid")).Trim());
        // listener → per-connection monitor → the user's sshd → one process per open channel (the gate)
        int Channels() => LabProcesses.ChildrenOf(sshd).SelectMany(m => LabProcesses.ChildrenOf(m.Pid)).Sum(u => LabProcesses.ChildrenOf(u.Pid).Count);
        var before = Channels();
        async Task<CommandResult> One()
        {
            Interlocked.Increment(ref running);
            try
            {
                // watch-states 1 holds its channel for a second: 40 of them overlap for sure
                return await transport.RunAsync(new RouterCommand(["watch-states", "1"], "", ReadOnly: true), CancellationToken.None);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }
        var calls = Enumerable.Range(0, 40).Select(_ => One()).ToList();
        while (calls.Any(c => !c.IsCompleted))
        {
            peak = Math.Max(peak, running);
            sshdChildrenPeak = Math.Max(sshdChildrenPeak, Channels() - before);
            await Task.Delay(50);
        }
        var results = await Task.WhenAll(calls);
        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(40, peak);
        Assert.InRange(sshdChildrenPeak, 2, 10); // at most 10 channels at a time on the router, never 40
    }

    [Fact]
    public async Task ClosedPort_UnknownWithReason_Fast()
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

    [Fact]
    public async Task LabPoll_StartsNoSshClientProcess()
    {
        await using var sp = lab.BuildServices(_ => { });
        var client = sp.GetRequiredService<RouterClient>();
        var target = lab.SshTarget();
        var me = Environment.ProcessId;
        var seen = new List<string>();
        var polls = Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                var r = await client.ListSessionsAsync(target);
                Assert.True(r.Succeeded, r.Message);
                var admin = await client.SetAdminStateAsync(target, new AdminStateRequest([lab.Session(lab.Dead, 4)], i % 2 == 0 ? AdminState.Down : AdminState.Up));
                Assert.True(admin.Succeeded, admin.Message);
            }
        });
        while (!polls.IsCompleted)
        {
            seen.AddRange(LabProcesses.ChildrenOf(me).Select(c => c.Comm));
            await Task.Delay(5);
        }
        await polls;
        Assert.DoesNotContain("ssh", seen);
        Assert.DoesNotContain("ssh-keyscan", seen);
    }
}
