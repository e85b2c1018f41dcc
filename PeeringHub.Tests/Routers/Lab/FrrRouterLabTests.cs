using PeeringHub.Core.Domain;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Routers.Lab;

[Collection(FrrLabCollection.Name)]
[Trait("Kind", "Lab")]
public sealed class FrrRouterLabTests(FrrLabFixture lab) : RouterLabTests<FrrLabFixture>(lab)
{
    [Fact]
    public async Task AdminDown_WrittenToMemory_SoARestartKeepsIt()
    {
        await WaitForBaseline();
        var name = Lab.Session(4, 6);
        var down = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Down));
        Assert.True(down.Succeeded && down.Value!.All(r => r.Succeeded), down.Message);
        try
        {
            Assert.Contains($"neighbor {name} shutdown", await File.ReadAllTextAsync(Path.Combine(Lab.Env["RTR_DIR"], "frr.conf")));
        }
        finally
        {
            var up = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Up));
            Assert.True(up.Succeeded && up.Value!.All(r => r.Succeeded), up.Message);
        }
        Assert.DoesNotContain($"neighbor {name} shutdown", await File.ReadAllTextAsync(Path.Combine(Lab.Env["RTR_DIR"], "frr.conf")));
        await WaitForBaseline();
    }

    [Fact]
    public async Task AdminBatch_RunsOnTheLiveVtysh_SavedWithItsMessage_UnknownNeighborNamed_NoVtyshOfItsOwn()
    {
        await WaitForBaseline();
        Assert.True((await Lab.Client.ListSessionsAsync(Lab.Ssh)).Succeeded);
        var transport = Lab.Services.GetRequiredService<RouterTransportFactory>().KeptSsh(Lab.Ssh.Id)!;
        var channel = transport.LiveChannel;
        Assert.NotNull(channel);
        var commandsBefore = transport.CommandsRun;
        string[] names = [Lab.Session(7, 4), Lab.Session(7, 6)];
        const string unknown = "192.0.2.251";
        try
        {
            var down = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([.. names, unknown], AdminState.Down, "planned maintenance"));

            Assert.True(down.Succeeded, down.Message);
            foreach (var n in names) Assert.True(down.Value!.Single(x => x.Session == n).Succeeded, down.Value!.Single(x => x.Session == n).Message);
            Assert.Equal($"{unknown}: no such neighbor", down.Value!.Single(x => x.Session == unknown).Message);
            foreach (var n in names) Assert.True(await RouterSaysAdminDown(n));
            var saved = await File.ReadAllTextAsync(Path.Combine(Lab.Env["RTR_DIR"], "frr.conf"));
            foreach (var n in names) Assert.Contains($"neighbor {n} shutdown message planned maintenance", saved);
            // everything ran on the live vtysh: the block, the retry without the unknown neighbor, write memory, the reads
            Assert.Equal(commandsBefore, transport.CommandsRun);
            Assert.Same(channel, transport.LiveChannel);
        }
        finally
        {
            var up = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest(names, AdminState.Up));
            Assert.True(up.Succeeded && up.Value!.All(r => r.Succeeded), up.Message);
        }
        Assert.DoesNotContain($"neighbor {names[0]} shutdown", await File.ReadAllTextAsync(Path.Combine(Lab.Env["RTR_DIR"], "frr.conf")));
        Assert.Equal(commandsBefore, transport.CommandsRun);
        await WaitForBaseline();
    }

    [Fact]
    public async Task UnconfirmedApply_RefusedBecauseFrrHasNoConfirmedCommit()
    {
        var r = await Lab.Client.ApplyAsync(Lab.Ssh, Spare(4, "pw"), new ApplyOptions(TimeSpan.FromSeconds(3), Confirm: false));
        Assert.Equal(RouterErrorKind.InvalidInput, r.Error);
        Assert.DoesNotContain(await List(), s => s.Name == SpareName(4));
    }
}
