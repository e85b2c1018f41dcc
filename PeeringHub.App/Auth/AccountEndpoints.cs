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
        group.MapPost("/login", LoginAsync).AllowAnonymous();
        group.MapPost("/logout", async (SignInManager<AppUser> signIn, System.Security.Claims.ClaimsPrincipal principal) =>
        {
            // A copy of the cookie must not outlive the logout: a new stamp fails its next validation.
            if (await signIn.UserManager.GetUserAsync(principal) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        });
        return app;
    }

    static async Task<Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult> LoginAsync(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl, SignInManager<AppUser> signIn, ILogger<SignInManager<AppUser>> log)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            return Back("missing", target);
        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.LocalRedirect(target);
        log.LogWarning("Failed login for {User}: {Reason}", userName, result.IsLockedOut ? "locked out" : "bad credentials");
        return Back(result.IsLockedOut ? "locked" : "invalid", target);
    }

    static Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult Back(string error, string returnUrl) =>
        TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");

    static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");
}
