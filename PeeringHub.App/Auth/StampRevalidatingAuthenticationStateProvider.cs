using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace PeeringHub.App.Auth;

/// <summary>
/// Re-checks an open Blazor circuit's user every <see cref="LoginRevalidationOptions.CircuitInterval"/>: a circuit lives on after
/// its cookie was issued, so a demoted, locked or deleted user would otherwise keep the pages of their old role. A failed check
/// makes the circuit anonymous; the pages then show sign-in.
/// </summary>
public sealed class StampRevalidatingAuthenticationStateProvider(ILoggerFactory logs, IServiceScopeFactory scopes, IOptions<LoginRevalidationOptions> options)
    : RevalidatingServerAuthenticationStateProvider(logs)
{
    protected override TimeSpan RevalidationInterval => options.Value.CircuitInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecurityStampCheck>().IsCurrentAsync(state.User);
    }
}
