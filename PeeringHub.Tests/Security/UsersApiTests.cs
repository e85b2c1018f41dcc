using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>The admin users API (issue 16) and finding 5: role changes, resets, locks and logouts reach open logins.</summary>
[Trait("Kind", "Http")]
public class UsersApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    UsersApiClient Users => new(app);

    HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task UsersApi_admin_creates_users_of_every_role_issues_tokens_once_and_everything_is_audited()
    {
        var admin = app.ApiClient(AppFactory.AdminToken);
        foreach (var role in Roles.All)
        {
            var name = "u-role-" + role.ToLowerInvariant();
            var (id, token) = await Users.CreateWithTokenAsync(name, role, role == Roles.Member ? 2 : null);
            Assert.StartsWith("ph_", token);
            var me = await app.ApiClient(token).GetAsync("/api/peering-manager");
            Assert.NotEqual(HttpStatusCode.Unauthorized, me.StatusCode);
            var shown = await admin.GetStringAsync($"/api/users/{id}");
            Assert.Contains($"\"role\":\"{role}\"", shown);
            Assert.DoesNotContain(token, shown);
            Assert.DoesNotContain("passwordHash", shown, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("ph_", await admin.GetStringAsync("/api/users"));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        Assert.Equal(4, await db.AuditEntries.CountAsync(a => a.ObjectType == "User" && a.Action == "Create" && a.ObjectName!.StartsWith("u-role-")));
        Assert.True(await db.AuditEntries.CountAsync(a => a.Action == "CreateApiToken") >= 4);
    }

    [Fact]
    public async Task UsersApi_is_for_admins_only_and_refuses_bad_input()
    {
        var (_, ops) = await Users.CreateWithTokenAsync("u-ops-2", Roles.Operator);
        var api = app.ApiClient(ops);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/users", new { userName = "x1", role = "Admin", password = "0123456789ab" })).StatusCode);

        var admin = app.ApiClient(AppFactory.AdminToken);
        var bad = await admin.PostAsJsonAsync("/api/users", new { userName = "m-nonet", role = Roles.Member, password = "0123456789ab" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("networkId", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/users/nope", new { userName = "nope", role = "NOC" })).StatusCode);
    }

    [Fact]
    public async Task AlsoFound_PutWithoutVersion_users_put_needs_the_version_it_read_and_a_refused_self_lock_saves_nothing()
    {
        var admin = app.ApiClient(AppFactory.AdminToken);
        var id = await Users.CreateAsync("u-version", Roles.Noc);
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}");
        var v1 = read.GetProperty("version").GetString();
        Assert.False(string.IsNullOrEmpty(v1));

        var without = await admin.PutAsJsonAsync($"/api/users/{id}", new { userName = "u-version", role = Roles.Noc, email = "a@example.net" });
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("version", await without.Content.ReadAsStringAsync());

        var first = await admin.PutAsJsonAsync($"/api/users/{id}", new { userName = "u-version", role = Roles.Noc, email = "first@example.net", version = v1 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(v1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString());
        // A second script that read before the first saved: refused, the first one's change stays.
        var stale = await admin.PutAsJsonAsync($"/api/users/{id}", new { userName = "u-version", role = Roles.Noc, email = "stale@example.net", version = v1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("first@example.net", (await admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("email").GetString());

        // Locking yourself is refused before the rest of the PUT is saved.
        var me = (await admin.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().Single(u => u.GetProperty("role").GetString() == Roles.Admin && u.GetProperty("userName").GetString() == "admin");
        var selfLock = await admin.PutAsJsonAsync($"/api/users/{me.GetProperty("id").GetString()}",
            new { userName = "admin", role = Roles.Admin, email = "changed@example.net", locked = true, version = me.GetProperty("version").GetString() });
        Assert.Equal(HttpStatusCode.Conflict, selfLock.StatusCode);
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/users/{me.GetProperty("id").GetString()}");
        Assert.Equal((me.GetProperty("email").ToString(), me.GetProperty("version").GetString()), (after.GetProperty("email").ToString(), after.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Finding5_RoleChangesDoNotReachOpenLogins_demoted_operator_loses_operator_pages_on_the_old_cookie()
    {
        var id = await Users.CreateAsync("f5-ops", Roles.Operator);
        var browser = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await CookieLogin.PostLoginAsync(browser, "f5-ops", UsersApiClient.PasswordOf("f5-ops"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/routers")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Users.PutAsync(id, new { userName = "f5-ops", role = Roles.Member, networkId = 2 })).StatusCode);

        var after = await browser.GetAsync("/routers");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("lock")]
    [InlineData("delete")]
    public async Task Finding5_RoleChangesDoNotReachOpenLogins_reset_lock_and_delete_end_the_login(string change)
    {
        var name = "f5-" + change;
        var id = await Users.CreateAsync(name, Roles.Noc);
        var browser = Browser();
        await CookieLogin.PostLoginAsync(browser, name, UsersApiClient.PasswordOf(name));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/routers")).StatusCode);

        var admin = app.ApiClient(AppFactory.AdminToken);
        var r = change switch
        {
            "reset" => await Users.PutAsync(id, new { userName = name, role = Roles.Noc, password = "a-new-password-42" }),
            "lock" => await Users.PutAsync(id, new { userName = name, role = Roles.Noc, locked = true }),
            _ => await admin.DeleteAsync($"/api/users/{id}"),
        };
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/routers")).StatusCode);
    }

    [Fact]
    public async Task Finding5_RoleChangesDoNotReachOpenLogins_the_circuit_check_refuses_a_principal_after_demotion()
    {
        var id = await Users.CreateAsync("f5-circuit", Roles.Operator);
        System.Security.Claims.ClaimsPrincipal principal;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            principal = await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync((await users.FindByIdAsync(id))!);
            Assert.True(await scope.ServiceProvider.GetRequiredService<SecurityStampCheck>().IsCurrentAsync(principal));
        }
        await Users.PutAsync(id, new { userName = "f5-circuit", role = Roles.Member, networkId = 2 });
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<SecurityStampCheck>().IsCurrentAsync(principal));
    }

    [Fact]
    public async Task AlsoFound_Lockout_a_locked_users_tokens_stop_working_and_unlock_restores_them()
    {
        var (id, token) = await Users.CreateWithTokenAsync("u-locked", Roles.Noc);
        var api = app.ApiClient(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/routers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Users.PutAsync(id, new { userName = "u-locked", role = Roles.Noc, locked = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/routers")).StatusCode);
        var shown = await app.ApiClient(AppFactory.AdminToken).GetFromJsonAsync<JsonElement>($"/api/users/{id}");
        Assert.True(shown.GetProperty("locked").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await Users.PutAsync(id, new { userName = "u-locked", role = Roles.Noc, locked = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/routers")).StatusCode);
    }

    [Fact]
    public async Task AlsoFound_LoginCookieWorksAfterLogout_the_cookie_stops_working_after_logout()
    {
        await Users.CreateAsync("u-logout", Roles.Noc);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await browser.GetAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var login = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "u-logout", ["password"] = UsersApiClient.PasswordOf("u-logout"), ["returnUrl"] = "/", ["__RequestVerificationToken"] = token }),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await browser.SendAsync(login);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("PeeringHub.Auth="));

        HttpRequestMessage WithCookie(HttpMethod m, string path) { var q = new HttpRequestMessage(m, path); q.Headers.Add("Cookie", auth + "; " + antiforgeryCookie); return q; }
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(WithCookie(HttpMethod.Get, "/routers"))).StatusCode);
        var logout = WithCookie(HttpMethod.Post, "/account/logout");
        logout.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SendAsync(logout)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SendAsync(WithCookie(HttpMethod.Get, "/routers"))).StatusCode);
    }
}
