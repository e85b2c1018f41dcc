using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using PeeringHub.App.Auth;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Components.Layout;

/// <summary>
/// The signed-in user's light/dark choice, per circuit. Read before the first render (prerender included) so the page
/// never starts in the wrong theme; stored on the user so another browser starts the same way.
/// </summary>
public sealed class ThemePreference(AuthenticationStateProvider auth, UnitOfWork work)
{
    public const string Dark = "dark";
    public const string Light = "light";

    public bool IsDark { get; private set; }
    public event Action? Changed;

    bool loaded;

    public async Task LoadAsync()
    {
        if (loaded) return;
        loaded = true;
        var user = (await auth.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true) return;
        await using var scope = work.Begin();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        IsDark = (await users.GetUserAsync(user))?.Theme == Dark;
    }

    public async Task ToggleAsync()
    {
        IsDark = !IsDark;
        Changed?.Invoke();
        var user = (await auth.GetAuthenticationStateAsync()).User;
        await using var scope = work.Begin();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.GetUserAsync(user) is { } appUser)
        {
            appUser.Theme = IsDark ? Dark : Light;
            await users.UpdateAsync(appUser);
        }
    }
}
