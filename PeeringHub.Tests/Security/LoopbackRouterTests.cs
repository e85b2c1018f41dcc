using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;
using PeeringHub.Core.Settings;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>
/// "Also found" (issue 16): a router's SSH address may not be this server's loopback or unspecified address, so the app's
/// SSH client cannot be pointed at services of its own host; the Local transport is the one way to a router on this machine.
/// </summary>
[Trait("Kind", "Http")]
public class LoopbackRouterTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    readonly TestDatabase database = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("localhost")]
    [InlineData("LocalHost.")]
    [InlineData("gate.localhost")]
    public async Task AlsoFound_LoopbackRouterAddresses_are_refused_through_the_api_with_a_clear_message(string address)
    {
        var r = await app.ApiClient(AppFactory.AdminToken).PostAsJsonAsync("/api/routers", new
        {
            name = "loop-" + Guid.NewGuid().ToString("N")[..6], platform = "bird2", transport = "Ssh", address, sshUser = "lab", sshPrivateKey = Sample.Key, localAsn = 64500,
        });
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains("loopback or unspecified address", body);
        Assert.Contains("\"address\"", body, StringComparison.OrdinalIgnoreCase);
    }

    async Task<string[]> AddressErrors(RouterInput input, bool allowLoopback)
    {
        await using var scope = database.Scope();
        var options = Options.Create(new PeeringHubOptions { AllowLoopbackRouters = allowLoopback, LocalTransport = { Enabled = true, AllowedFolder = "/run/peeringhub" } });
        var result = await new RouterInputValidator(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>(), options).ValidateAsync(input);
        return result.Errors.Where(e => e.PropertyName == nameof(RouterInput.Address)).Select(e => e.ErrorMessage).ToArray();
    }

    [Fact]
    public async Task AlsoFound_LoopbackRouterAddresses_other_addresses_the_local_transport_and_a_lab_setting_are_accepted()
    {
        RouterInput Ssh(string address) => new() { Name = "r" + Guid.NewGuid().ToString("N")[..6], Address = address, SshUser = "lab", SshPrivateKey = Sample.Key, LocalAsn = 64500 };
        Assert.Equal(RouterInputValidator.LoopbackRefused, Assert.Single(await AddressErrors(Ssh("127.0.0.1"), allowLoopback: false)));
        Assert.Empty(await AddressErrors(Ssh("192.0.2.1"), allowLoopback: false));
        Assert.Empty(await AddressErrors(Ssh("2001:db8::1"), allowLoopback: false));
        Assert.Empty(await AddressErrors(Ssh("router1.example.net"), allowLoopback: false));
        Assert.Empty(await AddressErrors(Ssh("127.0.0.1"), allowLoopback: true));
        Assert.Empty(await AddressErrors(new RouterInput { Name = "local1", Transport = RouterTransport.Local, Address = "/run/peeringhub/bird.ctl", LocalAsn = 64500 }, allowLoopback: false));
    }
}
