using Microsoft.AspNetCore.Components.Authorization;
using PeeringHub.Core.Audit;

namespace PeeringHub.App.Auth;

/// <summary>
/// The logged-in user's name for audit entries: from the HTTP request, or from the Blazor circuit's authentication state,
/// or set explicitly on a child scope created by <see cref="UnitOfWork"/>.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http, IServiceProvider services) : ICurrentActor
{
    public string? Override { get; set; }

    public string Name => Override ?? FromHttp() ?? FromCircuit() ?? FixedActor.System.Name;

    string? FromHttp() => http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;

    string? FromCircuit()
    {
        var provider = services.GetService<AuthenticationStateProvider>();
        if (provider is null) return null;
        try
        {
            var task = provider.GetAuthenticationStateAsync();
            // The server provider's state is set when the circuit starts; never block on an unfinished one.
            return task.IsCompletedSuccessfully ? task.Result.User.Identity?.Name : null;
        }
        catch (InvalidOperationException)
        {
            // Outside a circuit (background scope) the provider has no state; the caller falls back to "system".
            return null;
        }
    }
}
