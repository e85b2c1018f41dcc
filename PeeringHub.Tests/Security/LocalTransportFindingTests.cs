using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;
using PeeringHub.Core.Settings;
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
}
