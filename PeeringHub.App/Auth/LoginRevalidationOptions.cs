namespace PeeringHub.App.Auth;

/// <summary>
/// How often an open login is checked against the user row (security stamp, lock). <c>PeeringHub:Auth</c> in settings.
/// A role change, password reset, lock, delete or logout changes the stamp; the next check ends the login.
/// </summary>
public sealed class LoginRevalidationOptions
{
    public const string Section = "PeeringHub:Auth";

    /// <summary>Cookie check interval; zero checks every request (one indexed row read), so a logout or demotion is immediate.</summary>
    public TimeSpan CookieInterval { get; set; } = TimeSpan.Zero;

    /// <summary>How often an open Blazor circuit re-checks its user.</summary>
    public TimeSpan CircuitInterval { get; set; } = TimeSpan.FromSeconds(30);
}
