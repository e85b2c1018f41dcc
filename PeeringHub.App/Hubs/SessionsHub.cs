using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using PeeringHub.App.Auth;

namespace PeeringHub.App.Hubs;

/// <summary>
/// Pushes every session state change to scripts and dashboards ("StateChanged" with a batch of changes).
/// Token-authenticated like the API; browsers use the Blazor board instead.
/// </summary>
[Authorize(AuthenticationSchemes = ApiTokenDefaults.Scheme, Policy = Policies.Staff)]
public sealed class SessionsHub : Hub
{
    public const string Path = "/hubs/sessions";
    public const string StateChanged = "StateChanged";
}
