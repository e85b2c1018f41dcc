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
    /// </remarks>
    static async Task<Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult> LoginAsync(
        HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, SignInManager<AppUser> signIn, ILogger<SignInManager<AppUser>> log)
    {
        if (!http.Request.HasFormContentType) return Back("missing", "/");
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        string? userName = form["userName"], password = form["password"], returnUrl = form["returnUrl"];
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        if (!await antiforgery.IsRequestValidAsync(http)) return Back("expired", target);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            return Back("missing", target);
        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.LocalRedirect(target);
        // The name goes in as a structured value with control characters escaped, so it cannot forge a log line.
        log.LogWarning("Failed login for {User}: {Reason}", LogText.Escape(userName), result.IsLockedOut ? "locked out" : "bad credentials");
        return Back(result.IsLockedOut ? "locked" : "invalid", target);
    }

    static Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult Back(string error, string returnUrl) =>
        TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");

    /// <summary>A path on this site: LocalRedirect throws (a 500) for anything else, e.g. a URL with a tab or other control character.</summary>
    static bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && url.Length <= 2048 && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
                                        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) && Uri.IsWellFormedUriString(url, UriKind.Relative);
}
