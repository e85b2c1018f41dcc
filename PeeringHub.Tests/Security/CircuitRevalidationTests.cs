using System.Diagnostics;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>
/// Finding 5 of the security test (issue 16) on an open Blazor circuit: the app's authentication state provider re-checks the
/// user every PeeringHub:Auth:CircuitInterval, so a user demoted while a page is open loses the circuit's login.
/// </summary>
[Trait("Kind", "Http")]
public class CircuitRevalidationTests(CircuitRevalidationTests.ShortIntervalApp app) : IClassFixture<CircuitRevalidationTests.ShortIntervalApp>
{
    public sealed class ShortIntervalApp : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("PeeringHub:Auth:CircuitInterval", "00:00:01");
    }

    [Fact]
    public async Task Finding5_RoleChangesDoNotReachOpenLogins_an_open_circuit_of_a_demoted_user_becomes_anonymous_within_the_interval()
    {
        var users = new UsersApiClient(app);
        var id = await users.CreateAsync("f5-open-circuit", Roles.Operator);
        await using var circuit = app.Services.CreateAsyncScope();
        var provider = circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        Assert.IsType<StampRevalidatingAuthenticationStateProvider>(provider);

        System.Security.Claims.ClaimsPrincipal principal;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id);
            principal = await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync(user!);
        }
        var signedOut = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        // As the circuit does when it opens: the login of the cookie becomes the circuit's state, and revalidation starts.
        ((IHostEnvironmentAuthenticationStateProvider)provider).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        provider.AuthenticationStateChanged += async state => signedOut.TrySetResult(await state);

        // Still current: two intervals pass without a change.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(signedOut.Task.IsCompleted, "the circuit lost a login whose user did not change");
        Assert.True((await provider.GetAuthenticationStateAsync()).User.IsInRole(Roles.Operator));

        var demoted = Stopwatch.StartNew();
        Assert.True((await users.PutAsync(id, new { userName = "f5-open-circuit", role = Roles.Member, networkId = 2 })).IsSuccessStatusCode);
        var after = await signedOut.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(after.User.Identity?.IsAuthenticated ?? false);
        // One interval (1 s) plus the check itself on a shared machine; the default 30 s interval would not get here.
        Assert.True(demoted.Elapsed < TimeSpan.FromSeconds(5), $"signed out after {demoted.Elapsed.TotalSeconds:0.0} s");
    }
}
