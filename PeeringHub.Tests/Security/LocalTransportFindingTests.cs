using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Settings;
using PeeringHub.Routers;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Polling;
using PeeringHub.Routers.Transport;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>Finding 7 of the security test (issue 16): the Local transport is off unless enabled, and then only for sockets in one folder.</summary>
[Trait("Kind", "Unit")]
public class LocalTransportFindingTests : IAsyncLifetime
{
    readonly TestDatabase database = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<string[]> AddressErrors(string address, bool enabled)
    {
        await using var scope = database.Scope();
        var options = Options.Create(new PeeringHubOptions { LocalTransport = { Enabled = enabled, AllowedFolder = "/run/peeringhub" } });
        var validator = new RouterInputValidator(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>(), options);
        var result = await validator.ValidateAsync(new RouterInput { Name = "local1", Transport = RouterTransport.Local, Address = address, LocalAsn = 64500 });
        return result.Errors.Where(e => e.PropertyName == nameof(RouterInput.Address)).Select(e => e.ErrorMessage).ToArray();
    }

    [Theory]
    [InlineData("/var/run/docker.sock")]
    [InlineData("/run/peeringhub/../../var/run/docker.sock")]
    [InlineData("/run/peeringhub-other/bird.ctl")]
    [InlineData("/etc/passwd")]
    [InlineData("/nonexistent/bird.ctl")]
    public async Task Finding7_LocalTransportInProduction_sockets_outside_the_allowed_folder_are_refused_with_one_message(string path) =>
        Assert.Equal("The control socket must be under /run/peeringhub.", Assert.Single(await AddressErrors(path, enabled: true)));

    [Fact]
    public async Task Finding7_LocalTransportInProduction_local_transport_is_off_by_default()
    {
        Assert.False(new PeeringHubOptions().LocalTransport.Enabled);
        Assert.Contains("not enabled", Assert.Single(await AddressErrors("/run/peeringhub/bird.ctl", enabled: false)));
        Assert.Empty(await AddressErrors("/run/peeringhub/lab1/bird.ctl", enabled: true));
    }

    /// <summary>
    /// A router stored before the setting existed (or written to the database another way) is refused where it is used, with the
    /// validator's message, and nothing touches its folder: the path is a temporary folder with a session file in peers.d.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Finding7_LocalTransportInProduction_a_stored_router_outside_the_setting_is_refused_when_used(bool enabled)
    {
        var folder = Directory.CreateTempSubdirectory("ph-finding7-");
        try
        {
            var peers = Directory.CreateDirectory(Path.Combine(folder.FullName, "peers.d"));
            File.WriteAllText(Path.Combine(peers.FullName, "ph_1.conf"), "original\n");
            var local = new LocalTransportOptions { Enabled = enabled, AllowedFolder = "/run/peeringhub" };
            await using var db = new TestDatabase(configure: s => s.AddRouterDrivers().AddSessionPolling(background: false)
                .Configure<PeeringHubOptions>(o => o.LocalTransport = local));
            int routerId;
            await using (var scope = db.Scope())
            {
                var context = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
                var router = new Router { Name = "stored", Platform = RouterPlatform.Bird2, Transport = RouterTransport.Local, Address = Path.Combine(folder.FullName, "bird.ctl"), LocalAsn = 64500, Enabled = true };
                context.Routers.Add(router);
                await context.SaveChangesAsync();
                routerId = router.Id;
            }

            PollOutcome polled;
            await using (var scope = db.Scope())
                polled = await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(routerId);
            Assert.False(polled.Reachable);
            Assert.Contains(local.Refusal, polled.Error);

            var target = new RouterTarget { Id = routerId, Name = "stored", Platform = RouterPlatform.Bird2, Transport = RouterTransport.Local, Address = Path.Combine(folder.FullName, "bird.ctl"), LocalAsn = 64500 };
            var transport = db.Services.GetRequiredService<RouterTransportFactory>().For(target);
            var put = await Assert.ThrowsAsync<RouterException>(() => transport.RunAsync(
                new RouterCommand(["put-conf"], ConfFrames.Format([KeyValuePair.Create("ph_1", "overwritten\n")]), ReadOnly: false), CancellationToken.None));
            Assert.Equal(RouterErrorKind.InvalidInput, put.Kind);
            Assert.Equal(local.Refusal, put.Message);
            Assert.Equal("original\n", File.ReadAllText(Path.Combine(peers.FullName, "ph_1.conf")));
            Assert.Equal(["ph_1.conf"], peers.EnumerateFiles("*", SearchOption.AllDirectories).Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
