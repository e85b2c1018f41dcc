using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Http;

[Trait("Kind", "Http")]
public class AuthorizationTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Pages => new() { "/", "/sessions", "/routers", "/networks", "/exchanges", "/peer-groups", "/audit", "/settings", "/users", "/account/tokens", "/account/password", "/peering-manager", "/lans/1" };
    public static TheoryData<string> ApiReads => new() { "/api/routers", "/api/networks", "/api/exchanges", "/api/peering-lans", "/api/audit", "/openapi/v1.json" };

    HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory, MemberData(nameof(Pages))]
    public async Task Every_page_sends_anonymous_users_to_login(string path)
    {
        var response = await Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery.Replace("http://localhost", ""));
    }

    [Theory, MemberData(nameof(ApiReads))]
    public async Task Every_api_endpoint_needs_a_token(string path)
    {
        var response = await Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_is_public_and_reports_the_database()
    {
        var body = await Anonymous().GetStringAsync("/health");
        Assert.Contains("\"status\":\"Healthy\"", body);
        Assert.Contains("\"database\"", body);
    }

    [Fact]
    public async Task Member_gets_403_on_admin_pages_and_admin_api()
    {
        var token = await app.CreateUserWithTokenAsync("member1", Roles.Member, networkId: 2);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await CookieLogin.PostLoginAsync(browser, "member1", "password-member1-1")).StatusCode);
        foreach (var page in new[] { "/users", "/settings", "/routers", "/audit", "/sessions", "/sessions/1", "/routers/1", "/peers/2" })
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var api = app.ApiClient(token);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/routers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/networks", new { asn = 65123, name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task Noc_reads_but_cannot_write()
    {
        var api = app.ApiClient(await app.CreateUserWithTokenAsync("noc1", Roles.Noc));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/routers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/networks", new { asn = 65124, name = "x" })).StatusCode);
    }

    [Fact]
    public async Task Tokens_work_until_revoked()
    {
        var admin = app.ApiClient(AppFactory.AdminToken);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/networks")).StatusCode);

        var token = await app.CreateUserWithTokenAsync("ops1", Roles.Operator);
        var ops = app.ApiClient(token);
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/api/routers")).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>();
            var row = db.ApiTokens.Single(t => t.User!.UserName == "ops1");
            Assert.True(await scope.ServiceProvider.GetRequiredService<Core.Users.ApiTokenService>().RevokeAsync(row.UserId, row.Id));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await ops.GetAsync("/api/routers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ApiClient("ph_made_up_token_000000000000").GetAsync("/api/routers")).StatusCode);
    }

    [Fact]
    public async Task Repeated_failed_logins_lock_the_account()
    {
        await app.CreateUserWithTokenAsync("victim", Roles.Noc);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++) last = await CookieLogin.PostLoginAsync(browser, "victim", "wrong-password-1");
        Assert.Contains("error=locked", last.Headers.Location!.ToString());
        var right = await CookieLogin.PostLoginAsync(browser, "victim", "password-victim-1");
        Assert.Contains("error=locked", right.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Openapi_document_describes_the_api()
    {
        var doc = await app.ApiClient(AppFactory.AdminToken).GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/routers\"", doc);
        Assert.Contains("\"/api/exchanges/{id}\"", doc);
        Assert.Contains("\"/api/audit\"", doc);
        // The session API scripts and dashboards use, each path with its methods.
        var paths = JsonDocument.Parse(doc).RootElement.GetProperty("paths");
        string[] Methods(string path) => paths.GetProperty(path).EnumerateObject().Select(m => m.Name).Order().ToArray();
        Assert.Equal(["get", "post"], Methods("/api/sessions"));
        Assert.Equal(["delete", "get", "put"], Methods("/api/sessions/{id}"));
        Assert.Equal(["get"], Methods("/api/sessions/{id}/history"));
        Assert.Equal(["post"], Methods("/api/sessions/admin-state"));
        Assert.Equal(["post"], Methods("/api/sessions/refresh"));
    }
}
