using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;
using PeeringHub.Routers.Transport;

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
    public async Task AdminBatches_RunOnTheGatesServeChannel_AndAsCommandsWhenItDiesOrTheGateHasNoServe()
    {
        await WaitForBaseline();
        string[] names = [Lab.Session(9, 4), Lab.Session(9, 6)];
        var gate = Path.Combine(Lab.LabDir, "bin", "gate");
        var gateText = await File.ReadAllTextAsync(gate);
        var target = Lab.SshTarget();
        Exception? failure = null;
        try
        {
            await using (var sp = Lab.BuildServices(_ => { }))
            {
                var client = sp.GetRequiredService<RouterClient>();
                await AdminOk(client, target, names, AdminState.Down);
                var transport = sp.GetRequiredService<RouterTransportFactory>().KeptSsh(target.Id)!;
                var serve = transport.AdminChannel;
                Assert.NotNull(serve);
                var commands = transport.CommandsRun;

                await AdminOk(client, target, names, AdminState.Up);
                Assert.Equal(commands, transport.CommandsRun); // no command of its own: the batch went over the kept channel
                Assert.Same(serve, transport.AdminChannel);
                foreach (var n in names) Assert.False(await RouterSaysAdminDown(n));

                // the gate's process dies between two batches (killed on the router): the next batch still lands
                Assert.True(KillGateServe() >= 1); // this test's, and the shared client's if an earlier test opened one
                await AdminOk(client, target, names, AdminState.Down);
                foreach (var n in names)
                {
                    Assert.True(await RouterSaysAdminDown(n));
                    Assert.Contains("disabled;", await File.ReadAllTextAsync($"{Lab.Env["RTR_DIR"]}/peers.d/{n}.conf"));
                }
            }

            // a router whose sshd allows few sessions keeps them for the live CLI, state watches and commands
            await using (var few = Lab.BuildServices(o => o.MaxChannels = SshTransport.MinChannelsForAdminServe - 1))
            {
                await AdminOk(few.GetRequiredService<RouterClient>(), target, names, AdminState.Up);
                var transport = few.GetRequiredService<RouterTransportFactory>().KeptSsh(target.Id)!;
                Assert.Null(transport.AdminChannel);
                Assert.Equal(1, transport.CommandsRun);
                await AdminOk(few.GetRequiredService<RouterClient>(), target, names, AdminState.Down);
            }

            // a gate older than serve refuses it once; every batch then runs as a command of its own
            await ReplaceGateAsync(gate, gateText.Replace("\n  serve) ", "\n  serve-is-newer-than-this-gate) ", StringComparison.Ordinal));
            await using (var older = Lab.BuildServices(_ => { }))
            {
                var client = older.GetRequiredService<RouterClient>();
                await AdminOk(client, target, names, AdminState.Up);
                var transport = older.GetRequiredService<RouterTransportFactory>().KeptSsh(target.Id)!;
                Assert.True(transport.AdminServeRefused);
                Assert.Null(transport.AdminChannel);
                foreach (var n in names) Assert.False(await RouterSaysAdminDown(n));
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            await ReplaceGateAsync(gate, gateText);
            try
            {
                await AdminOk(Lab.Client, Lab.Ssh, names, AdminState.Up);
            }
            catch (Exception cleanup) when (failure is not null)
            {
                // The clean-up's own failure must not hide the test's.
                throw new AggregateException("the test failed, then its clean-up too", failure, cleanup);
            }
        }
        await WaitForBaseline();
    }

    /// <summary>
    /// Swaps the gate file the way install.sh does (a new file moved into place): bash reads a script as it runs, so a
    /// serve process still running the old file would read the new text from its old offset if the file were rewritten.
    /// </summary>
    private static async Task ReplaceGateAsync(string gate, string text)
    {
        var next = gate + ".next";
        await File.WriteAllTextAsync(next, text);
        File.SetUnixFileMode(next, File.GetUnixFileMode(gate));
        File.Move(next, gate, overwrite: true);
    }

    private static async Task AdminOk(RouterClient client, RouterTarget target, IReadOnlyList<string> names, AdminState state)
    {
        var r = await client.SetAdminStateAsync(target, new AdminStateRequest(names, state, state == AdminState.Down ? "serve test" : null));
        Assert.True(r.Succeeded, $"{r.Error}: {r.Message}");
        Assert.All(r.Value!, x => Assert.True(x.Succeeded, x.Message));
    }

    /// <summary>Kills this lab's gate processes running serve (found by their environment, as sshd started them).</summary>
    private int KillGateServe()
    {
        var killed = 0;
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string environ, cmdline;
            try
            {
                environ = File.ReadAllText(Path.Combine(dir, "environ"));
                cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // the process ended meanwhile
            }
            if (!environ.Split('\0').Contains("SSH_ORIGINAL_COMMAND=serve") || !cmdline.Contains(Lab.LabDir, StringComparison.Ordinal)) continue;
            System.Diagnostics.Process.GetProcessById(pid).Kill();
            killed++;
        }
        return killed;
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
