using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Routers.Lab;

/// <summary>The live CLI channel (birdcl on one kept channel) and the connection's recovery, against the BIRD lab.
/// Each test restarts a lab daemon and waits until the lab is back as it found it.</summary>
[Collection(BirdLabCollection.Name)]
[Trait("Kind", "Lab")]
public sealed class BirdLiveCliLabTests(BirdLabFixture lab) : RouterLabTestsBase(lab)
{
    [Fact]
    public async Task LiveCli_ServesPolls_SameAnswerAsOneCommandPerCall_SurvivesConfigureAndBirdRestart()
    {
        await using var sp = Lab.BuildServices(_ => { });
        var client = sp.GetRequiredService<RouterClient>();
        var factory = sp.GetRequiredService<RouterTransportFactory>();
        var target = Lab.SshTarget();
        var live = await ListOk(client, target);
        var channel = factory.KeptSsh(target.Id)!.LiveChannel;
        Assert.NotNull(channel);

        await using var perCommand = Lab.BuildServices(o => o.LiveCli = false);
        var viaCommand = await ListOk(perCommand.GetRequiredService<RouterClient>(), target);
        Assert.Null(perCommand.GetRequiredService<RouterTransportFactory>().KeptSsh(target.Id)!.LiveChannel);
        Assert.Equal(viaCommand.Select(s => (s.Name, s.NeighborAsn, s.AdminDisabled)), live.Select(s => (s.Name, s.NeighborAsn, s.AdminDisabled)));

        Assert.Contains("Reconfigured", await Lab.RouterCli("configure"));
        await ListOk(client, target);
        Assert.Same(channel, factory.KeptSsh(target.Id)!.LiveChannel); // configure does not disturb the channel

        try
        {
            await LabDaemons.RestartBirdAsync(Lab);
            // the first read after the restart runs as a command of its own (the channel saw EOF); the next reopens it
            await WaitFor(() => client.ListSessionsAsync(target), r => r.Succeeded && r.Value!.Count == Lab.ConfiguredSessions, TimeSpan.FromSeconds(15), "a read after the BIRD restart");
            await ListOk(client, target);
            var reopened = factory.KeptSsh(target.Id)!.LiveChannel;
            Assert.NotNull(reopened);
            Assert.NotSame(channel, reopened);
        }
        finally
        {
            await WaitForBaseline();
        }
    }

    [Fact]
    public async Task SshdStoppedAndRestarted_UnknownWithReason_StableWhileBroken_RecoversWithinOneBreakPeriod()
    {
        var breakFor = TimeSpan.FromSeconds(4);
        await using var sp = Lab.BuildServices(o => { o.BreakDuration = breakFor; o.ReadRetries = 0; o.ReadTimeout = TimeSpan.FromSeconds(3); });
        var connections = sp.GetRequiredService<RouterConnectionService>();
        var router = new Router
        {
            Id = RouterLabFixture.NewId(), Name = "lab-restart", Platform = RouterPlatform.Bird2, Transport = RouterTransport.Ssh,
            Address = "127.0.0.1", SshPort = int.Parse(Lab.Env["SSH_PORT"]), SshUser = Lab.Env["LAB_USER"], LocalAsn = 64500,
            SshPrivateKeyProtected = sp.GetRequiredService<ISecretProtector>().Protect(File.ReadAllText(Lab.Env["SSH_KEY"])),
            HostKey = File.ReadAllText(Lab.Env["SSH_HOST_PUB"]).Trim(),
        };
        Assert.True((await connections.ReadSessionsAsync(router)).Reachable);

        var restarted = false;
        await LabDaemons.StopSshdAsync(Lab);
        try
        {
            var down = await connections.ReadSessionsAsync(router);
            Assert.False(down.Reachable);
            Assert.Equal(RouterErrorKind.Unreachable, down.Error);
            Assert.False(string.IsNullOrWhiteSpace(down.Reason));
            Assert.Equal(BgpState.Unknown, down.StateOf("p001_v4"));

            // the breaker opens after a few failures; from then on the reason must not change from poll to poll
            var reasons = new List<string>();
            var sw = Stopwatch.StartNew();
            while (reasons.Count(r => r.Contains("circuit open", StringComparison.Ordinal)) < 3 && sw.Elapsed < TimeSpan.FromSeconds(20))
            {
                reasons.Add((await connections.ReadSessionsAsync(router)).Reason!);
                await Task.Delay(300);
            }
            var open = reasons.Where(r => r.Contains("circuit open", StringComparison.Ordinal)).ToList();
            Assert.True(open.Count >= 3, string.Join(" | ", reasons));
            Assert.Single(open.Distinct());
            Assert.Contains("Connection refused", open[0]); // the failure that opened it, not a countdown

            await LabDaemons.StartSshdAsync(Lab);
            restarted = true;
            var back = Stopwatch.StartNew();
            await WaitFor(() => connections.ReadSessionsAsync(router), r => r.Reachable, breakFor + TimeSpan.FromSeconds(3), "a read after sshd came back");
            Assert.True(back.Elapsed <= breakFor + TimeSpan.FromSeconds(3), $"took {back.Elapsed}");
        }
        finally
        {
            if (!restarted) await LabDaemons.StartSshdAsync(Lab);
        }
    }

    private static async Task<IReadOnlyList<RouterSession>> ListOk(RouterClient client, RouterTarget target)
    {
        var r = await client.ListSessionsAsync(target);
        Assert.True(r.Succeeded, $"{r.Error}: {r.Message}");
        return r.Value!;
    }
}

/// <summary>The live CLI on FRR: <c>vtysh</c> without <c>-c</c> on one kept channel.</summary>
[Collection(FrrLabCollection.Name)]
[Trait("Kind", "Lab")]
public sealed class FrrLiveCliLabTests(FrrLabFixture lab)
{
    [Fact]
    public async Task LiveCli_ServesPolls_SameAnswerAsOneCommandPerCall()
    {
        await using var sp = lab.BuildServices(_ => { });
        var client = sp.GetRequiredService<RouterClient>();
        var target = lab.SshTarget();
        var first = await client.ListSessionsAsync(target);
        Assert.True(first.Succeeded, first.Message);
        var channel = sp.GetRequiredService<RouterTransportFactory>().KeptSsh(target.Id)!.LiveChannel;
        Assert.NotNull(channel);
        var second = await client.ListSessionsAsync(target);
        Assert.True(second.Succeeded, second.Message);
        Assert.Same(channel, sp.GetRequiredService<RouterTransportFactory>().KeptSsh(target.Id)!.LiveChannel);

        await using var perCommand = lab.BuildServices(o => o.LiveCli = false);
        var viaCommand = await perCommand.GetRequiredService<RouterClient>().ListSessionsAsync(target);
        Assert.True(viaCommand.Succeeded, viaCommand.Message);
        Assert.Equal(lab.ConfiguredSessions, second.Value!.Count);
        Assert.Equal(viaCommand.Value!.Select(s => (s.Name, s.NeighborAsn, s.AdminDisabled)), second.Value.Select(s => (s.Name, s.NeighborAsn, s.AdminDisabled)));
    }
}
