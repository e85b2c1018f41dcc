using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Auth;

/// <summary>Cookie login and logout: plain form posts, because signing in writes a cookie and needs the HTTP response.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account").ExcludeFromDescription();
        // Order -1: the login page component also answers POST /account/login; this endpoint must win.
        group.MapPost("/login", LoginAsync).AllowAnonymous().DisableAntiforgery().WithOrder(-1);
        group.MapPost("/logout", async (SignInManager<AppUser> signIn, System.Security.Claims.ClaimsPrincipal principal) =>
        {
            // A copy of the cookie must not outlive the logout: a new stamp fails its next validation.
            if (await signIn.UserManager.GetUserAsync(principal) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        });
        return app;
    }

    /// <remarks>
    /// The form is read here, not bound with [FromForm]: binding would refuse a missing antiforgery token with an exception
    /// (a 500 and a failing error page); here it is checked and answered like any other failed login.
    /// Failed attempts are throttled per (name, client address) by <see cref="LoginThrottle"/>, not by Identity's per-account
    /// lockout: a stranger's guesses must not lock the real user out (nor their API tokens), and a known name must get the same
    /// answers as an unknown one, so an unknown name still costs one password hash.
    /// </remarks>
    static async Task<Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult> LoginAsync(
        HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, SignInManager<AppUser> signIn, LoginThrottle throttle,
        ILogger<SignInManager<AppUser>> log)
    {
        if (!http.Request.HasFormContentType) return Back("missing", "/");
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        string? userName = form["userName"], password = form["password"], returnUrl = form["returnUrl"];
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        if (!await antiforgery.IsRequestValidAsync(http)) return Back("expired", target);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            return Back("missing", target);
        var name = userName.Trim();
        var client = http.Connection.RemoteIpAddress;
        // The name goes into the log as a structured value with control characters escaped, so it cannot forge a log line.
        if (throttle.Wait(name, client) is { } wait)
        {
            log.LogWarning("Login for {User} from {Client} refused: {Wait:0} s left after repeated failures", LogText.Escape(name), client, wait.TotalSeconds);
            return Back("locked", target);
        }
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(name);
        if (user is null) users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownUserHash.Value, password);
        if (user is null || !await users.CheckPasswordAsync(user, password))
        {
            throttle.Failed(name, client);
            log.LogWarning("Failed login for {User} from {Client}: bad credentials", LogText.Escape(name), client);
            return Back(throttle.Wait(name, client) is null ? "invalid" : "locked", target);
        }
        throttle.Succeeded(name, client);
        // Locked by an administrator: told only to someone who knows the password.
        if (await users.IsLockedOutAsync(user))
        {
            log.LogWarning("Login for {User} refused: the account is locked", LogText.Escape(name));
            return Back("disabled", target);
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.LocalRedirect(target);
    }

    /// <summary>A hash no password matches, checked for unknown names so they take as long as known ones.</summary>
    static readonly Lazy<string> UnknownUserHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));

    static Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult Back(string error, string returnUrl) =>
        TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");

    /// <summary>A path on this site: LocalRedirect throws (a 500) for anything else, e.g. a URL with a tab or other control character.</summary>
    static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.Length <= 2048 && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
                                        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) && Uri.IsWellFormedUriString(url, UriKind.Relative);
}
