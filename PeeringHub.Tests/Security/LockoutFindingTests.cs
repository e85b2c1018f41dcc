using System.Net;
using Microsoft.Extensions.Options;
using PeeringHub.App.Auth;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Reference.Irr;

namespace PeeringHub.Tests.Security;

/// <summary>
/// "Also found" (issue 16), lockout: the answer after 5 failures revealed whether the user existed, anyone could lock the admin
/// out for 15 minutes, and a locked user's API token still worked. Now: exponential delay per (user name, client address), the
/// same answers for unknown names, and tokens of a locked user stop working.
/// </summary>
[Trait("Kind", "Http")]
public class LockoutFindingTests(ClientAddressAppFactory app) : IClassFixture<ClientAddressAppFactory>
{
    UsersApiClient Users => new(app);

    static async Task<string> AnswerAsync(HttpClient browser, string user, string password)
    {
        var r = await CookieLogin.PostLoginAsync(browser, user, password);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var location = r.Headers.Location!.OriginalString;
        return location.StartsWith("/account/login?error=") ? location["/account/login?error=".Length..].Split('&')[0] : "ok";
    }

    [Fact]
    public async Task AlsoFound_Lockout_a_strangers_failures_do_not_lock_the_user_out_from_elsewhere()
    {
        await Users.CreateAsync("lk-admin", Roles.Admin);
        var attacker = app.Browser("203.0.113.66");
        for (var i = 0; i < 8; i++) await AnswerAsync(attacker, "lk-admin", "guess-" + i + "-xxxxxxxx");
        // the attacker's address waits, even with the right password …
        Assert.Equal("locked", await AnswerAsync(attacker, "lk-admin", UsersApiClient.PasswordOf("lk-admin")));
        // … the admin at their own address logs in, and so does the admin from an address in the attacker's IPv6 /64's neighbourhood
        Assert.Equal("ok", await AnswerAsync(app.Browser("198.51.100.7"), "lk-admin", UsersApiClient.PasswordOf("lk-admin")));
        var v6Attacker = app.Browser("2001:db8:1:2::66");
        for (var i = 0; i < 5; i++) await AnswerAsync(v6Attacker, "lk-admin", "guess-" + i + "-xxxxxxxx");
        Assert.Equal("locked", await AnswerAsync(app.Browser("2001:db8:1:2::99"), "lk-admin", UsersApiClient.PasswordOf("lk-admin")));
        Assert.Equal("ok", await AnswerAsync(app.Browser("2001:db8:1:3::1"), "lk-admin", UsersApiClient.PasswordOf("lk-admin")));
    }

    [Fact]
    public async Task AlsoFound_Lockout_unknown_and_known_user_names_get_the_same_answers()
    {
        await Users.CreateAsync("lk-known", Roles.Noc);
        async Task<List<string>> Answers(string user, string address)
        {
            var browser = app.Browser(address);
            var answers = new List<string>();
            for (var i = 0; i < 7; i++) answers.Add(await AnswerAsync(browser, user, "wrong-password-" + i));
            return answers;
        }
        var known = await Answers("lk-known", "192.0.2.10");
        var unknown = await Answers("lk-nobody-here", "192.0.2.11");
        Assert.Equal(["invalid", "invalid", "invalid", "invalid", "locked", "locked", "locked"], known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task AlsoFound_Lockout_failed_logins_do_not_stop_the_users_api_token_but_an_admin_lock_does()
    {
        var (id, token) = await Users.CreateWithTokenAsync("lk-token", Roles.Noc);
        var attacker = app.Browser("203.0.113.77");
        for (var i = 0; i < 10; i++) await AnswerAsync(attacker, "lk-token", "guess-" + i + "-xxxxxxxx");
        var api = app.ApiClient(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/routers")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Users.PutAsync(id, new { userName = "lk-token", role = Roles.Noc, locked = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/routers")).StatusCode);
        // the lock is told only to whoever knows the password; a wrong one gets the usual answer
        Assert.Equal("disabled", await AnswerAsync(app.Browser("192.0.2.20"), "lk-token", UsersApiClient.PasswordOf("lk-token")));
        Assert.Equal("invalid", await AnswerAsync(app.Browser("192.0.2.21"), "lk-token", "wrong-password-1"));
    }

    [Fact]
    public void AlsoFound_Lockout_the_wait_doubles_per_failure_up_to_the_maximum_and_is_forgotten()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-12-02T10:00:00Z"));
        var throttle = new LoginThrottle(clock, Options.Create(new LoginThrottleOptions()));
        var from = IPAddress.Parse("203.0.113.5");
        for (var i = 0; i < 4; i++) throttle.Failed("admin", from);
        Assert.Null(throttle.Wait("admin", from));
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 7; i++)
        {
            throttle.Failed("ADMIN ", from);
            waits.Add(throttle.Wait("admin", from)!.Value);
        }
        Assert.Equal(new[] { 30, 60, 120, 240, 480, 900, 900 }.Select(s => TimeSpan.FromSeconds(s)), waits);
        Assert.Null(throttle.Wait("admin", IPAddress.Parse("203.0.113.6")));
        Assert.Null(throttle.Wait("root", from));
        clock.Now += TimeSpan.FromMinutes(16);
        Assert.Null(throttle.Wait("admin", from));
        clock.Now += TimeSpan.FromHours(2);
        throttle.Failed("admin", from);
        Assert.Null(throttle.Wait("admin", from)); // an hour without failures: counting starts again
    }

    [Fact]
    public async Task AlsoFound_UsernameForgesLogLines_a_failed_login_logs_the_name_escaped_on_one_line()
    {
        const string forged = "nobody\ninfo: PeeringHub[0] Login succeeded for admin";
        await AnswerAsync(app.Browser("192.0.2.30"), forged, "wrong-password-1");
        var line = Assert.Single(app.Logs.Lines, l => l.Contains("Failed login for") && l.Contains("nobody"));
        Assert.Contains("nobody\\u000ainfo: PeeringHub[0] Login succeeded for admin", line);
        Assert.DoesNotContain('\n', line.TrimEnd());
    }
}
