using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PeeringHub.App.Hosting;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>Finding 9 through the API and the "also found" list of the security test (issue 16): errors, headers, tokens in URLs, input edges.</summary>
[Trait("Kind", "Http")]
public class ApiHardeningTests(AppFactory app) : IClassFixture<AppFactory>
{
    HttpClient Admin => app.ApiClient(AppFactory.AdminToken);

    static async Task AssertProblemAsync(HttpResponseMessage r, HttpStatusCode status, string? detailContains = null)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == status, $"{(int)r.StatusCode} {body}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (detailContains is not null) Assert.Contains(detailContains, body);
    }

    [Fact]
    public async Task Finding9_OctalIpv4_a_leading_zero_address_is_refused_through_the_api()
    {
        var r = await Admin.PostAsJsonAsync("/api/routers", new { name = "octal1", platform = "bird2", transport = "Ssh", address = "010.1.1.1", sshUser = "lab", sshPrivateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----", localAsn = 64500 });
        await AssertProblemAsync(r, HttpStatusCode.BadRequest, "address");
        var lan = await Admin.PostAsJsonAsync("/api/peering-lans", new { exchangeId = 1, name = "octal", ipv4Prefix = "010.0.0.0/24" });
        await AssertProblemAsync(lan, HttpStatusCode.BadRequest, "ipv4Prefix");
    }

    [Theory]
    [InlineData("010.1.1.1", "192.0.2.1")]
    [InlineData("192.0.2.1", "192.000.2.2")]
    [InlineData("1.2", "192.0.2.1")]
    public async Task Finding9_OctalIpv4_the_sflow_pair_explanation_refuses_a_leading_zero_address(string a, string b) =>
        await AssertProblemAsync(await Admin.GetAsync($"/api/sflow/pairs/explain?lan=1&a={a}&b={b}"), HttpStatusCode.BadRequest, "without leading zeros");

    [Fact]
    public async Task AlsoFound_EveryApiErrorIsProblemJson_json_body_errors_and_duplicate_keys_answer_400_problem_json()
    {
        await AssertProblemAsync(await Admin.PostAsync("/api/networks", new StringContent("{\"asn\": 65010, \"name\":", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Admin.PostAsync("/api/networks", new StringContent("{\"asn\": 65011, \"name\": \"a\", \"name\": \"b\"}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task AlsoFound_EveryApiErrorIsProblemJson_binding_errors_on_put_and_delete_answer_400_not_405_and_bad_query_parameters_answer_json()
    {
        await AssertProblemAsync(await Admin.PutAsync("/api/networks/1", new StringContent("not json", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Admin.DeleteAsync("/api/networks/1?version=not-a-guid"), HttpStatusCode.BadRequest, "version");
        await AssertProblemAsync(await Admin.GetAsync("/api/sessions?state=NoSuchState"), HttpStatusCode.BadRequest, "state");
        await AssertProblemAsync(await Admin.GetAsync("/api/no-such-endpoint"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AlsoFound_PutWithoutVersion_is_refused()
    {
        var created = await Admin.PostAsJsonAsync("/api/networks", new { asn = 65012, name = "Versioned" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await AssertProblemAsync(await Admin.PutAsJsonAsync($"/api/networks/{id}", new { asn = 65012, name = "Overwrite" }), HttpStatusCode.BadRequest, "version");
        Assert.Contains("Versioned", await Admin.GetStringAsync($"/api/networks/{id}"));
    }

    [Fact]
    public async Task AlsoFound_AccessTokenInQuery_is_accepted_on_the_hub_path_only()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await AssertProblemAsync(await anonymous.GetAsync($"/api/networks?access_token={AppFactory.AdminToken}"), HttpStatusCode.Unauthorized);
        var negotiate = await anonymous.PostAsync($"/hubs/sessions/negotiate?negotiateVersion=1&access_token={AppFactory.AdminToken}", null);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
    }

    [Fact]
    public async Task AlsoFound_SecurityHeaders_pages_and_api_answers_carry_them()
    {
        var page = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/account/login");
        Assert.Equal(SecurityHeaders.PageCsp, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self';", SecurityHeaders.PageCsp);
        Assert.Contains("style-src 'self' 'unsafe-inline';", SecurityHeaders.PageCsp);
        Assert.Contains("connect-src 'self';", SecurityHeaders.PageCsp);
        var api = await Admin.GetAsync("/api/networks");
        foreach (var r in new[] { page, api })
        {
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", r.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Theory]
    [InlineData(false, "/")]
    [InlineData(true, "/\tjavascript:alert(1)")]
    public async Task AlsoFound_LoginWithoutAntiforgeryOrTabInReturnUrl_is_a_failed_login_not_a_500(bool withToken, string returnUrl)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await browser.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new Dictionary<string, string> { ["userName"] = "admin", ["password"] = "wrong-password-x", ["returnUrl"] = returnUrl };
        if (withToken) form["__RequestVerificationToken"] = token;
        var r = await browser.PostAsync("/account/login", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/account/login?error=", r.Headers.Location!.OriginalString);
        Assert.EndsWith("returnUrl=%2F", r.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task AlsoFound_PercentAndUnderscoreInSearch_are_literal(string search)
    {
        var all = (await Admin.GetFromJsonAsync<JsonElement>("/api/sessions")).GetArrayLength();
        Assert.True(all > 0);
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"/api/sessions?search={Uri.EscapeDataString(search)}")).GetArrayLength());
    }

    [Fact]
    public async Task AlsoFound_WholeInternetLan_a_0_0_0_0_slash_0_lan_is_refused()
    {
        var r = await Admin.PostAsJsonAsync("/api/peering-lans", new { exchangeId = 1, name = "everything", ipv4Prefix = "0.0.0.0/0" });
        await AssertProblemAsync(r, HttpStatusCode.BadRequest, "ipv4Prefix");
    }

    [Fact]
    public async Task AlsoFound_IxfBodyOver30Mb_answers_413_problem_json_with_or_without_a_length()
    {
        var tooBig = new byte[30_000_001];
        Array.Fill(tooBig, (byte)' ');
        await AssertProblemAsync(await Admin.PostAsync("/api/exchanges/1/ixf-import?dryRun=true", new ByteArrayContent(tooBig) { Headers = { ContentType = new("application/json") } }),
            HttpStatusCode.RequestEntityTooLarge, "30 MB");
        // Chunked: no Content-Length to refuse up front, so the reader stops at the limit.
        var chunked = new StreamContent(new UnseekableStream(tooBig)) { Headers = { ContentType = new("application/json") } };
        await AssertProblemAsync(await Admin.PostAsync("/api/exchanges/1/ixf-import?dryRun=true", chunked), HttpStatusCode.RequestEntityTooLarge, "30 MB");
        // A body at the limit is read and judged as a document (400: not IX-F JSON), not refused for its size.
        await AssertProblemAsync(await Admin.PostAsync("/api/exchanges/1/ixf-import?dryRun=true", new ByteArrayContent(tooBig[..30_000_000]) { Headers = { ContentType = new("application/json") } }),
            HttpStatusCode.BadRequest);
    }

    sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
