using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Tests.Routers.Lab;

[Collection(BirdLabCollection.Name)]
[Trait("Kind", "Lab")]
public sealed class BirdRouterLabTests(BirdLabFixture lab) : RouterLabTests<BirdLabFixture>(lab)
{
    [Fact]
    public async Task AdminDown_SurvivesBirdConfigure_BecauseItIsInTheFile()
    {
        await WaitForBaseline();
        var name = Lab.Session(4, 6);
        var down = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Down));
        Assert.True(down.Succeeded && down.Value!.All(r => r.Succeeded), down.Message);
        try
        {
            Assert.Contains("Reconfigured", await Lab.RouterCli("configure")); // would re-enable a CLI-only disable
            Assert.True(await RouterSaysAdminDown(name));
        }
        finally
        {
            var up = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Up));
            Assert.True(up.Succeeded && up.Value!.All(r => r.Succeeded), up.Message);
        }
        await WaitForBaseline();
    }

    [Fact]
    public async Task AdminDown_FilesCannotBeWritten_ClearError_NothingApplied()
    {
        await WaitForBaseline();
        var name = Lab.Session(8, 4);
        var folder = Lab.Env["RTR_DIR"] + "/peers.d";
        var mode = File.GetUnixFileMode(folder);
        // sed -i writes a temporary file next to each session file: a folder the gate cannot write fails the persist step
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            var down = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Down));

            Assert.False(down.Succeeded);
            Assert.Contains("admin failed", down.Message);
            Assert.Contains("could not persist the admin state", down.Message);
            Assert.False(await RouterSaysAdminDown(name)); // birdcl got no command
        }
        finally
        {
            File.SetUnixFileMode(folder, mode);
        }
        Assert.DoesNotContain("disabled;", await File.ReadAllTextAsync($"{folder}/{name}.conf"));
        await WaitForBaseline();
    }

    [Fact]
    public async Task UnconfirmedChange_RolledBackByBird()
    {
        var r = await Lab.Client.ApplyAsync(Lab.Ssh, Spare(4, Lab.Env["SPARE_PW"]), new ApplyOptions(TimeSpan.FromSeconds(3), Confirm: false));
        Assert.True(r.Succeeded, $"{r.Error}: {r.Message}");
        Assert.Contains("Undo scheduled", r.Value);
        Assert.Contains(await List(), s => s.Name == SpareName(4)); // running right after configure
        await WaitFor(() => List(), l => l.All(s => s.Name != SpareName(4)), TimeSpan.FromSeconds(15), "BIRD's automatic undo");
        var running = await Lab.Client.ReadRunningConfigAsync(Lab.Ssh);
        Assert.DoesNotContain(running.Value!, c => c.Session == SpareName(4)); // and the file is gone too
    }
}
