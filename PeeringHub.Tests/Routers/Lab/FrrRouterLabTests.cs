using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

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
    public async Task UnconfirmedApply_RefusedBecauseFrrHasNoConfirmedCommit()
    {
        var r = await Lab.Client.ApplyAsync(Lab.Ssh, Spare(4, "pw"), new ApplyOptions(TimeSpan.FromSeconds(3), Confirm: false));
        Assert.Equal(RouterErrorKind.InvalidInput, r.Error);
        Assert.DoesNotContain(await List(), s => s.Name == SpareName(4));
    }
}
