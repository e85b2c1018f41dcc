using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>
/// The authorization matrix of issue 16, generated from the OpenAPI document: every operation is called by every identity and
/// the status class is compared with the row declared below. An operation without a row (a new endpoint) fails the test, and so
/// does a row whose operation is gone. Path ids name nothing (999999), so allowed calls answer 400/404 and change nothing.
/// </summary>
[Trait("Kind", "Http")]
public class OpenApiAuthorizationMatrixTests(OpenApiAuthorizationMatrixTests.MatrixApp app) : IClassFixture<OpenApiAuthorizationMatrixTests.MatrixApp>
{
    /// <summary>The demo app, with the outside services it could call (PeeringDB, IRR, SMTP) on closed local ports.</summary>
    public sealed class MatrixApp : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("PeeringHub:PeeringDb:BaseUrl", "http://127.0.0.1:9/api");
            builder.UseSetting("PeeringHub:Irr:Server", "127.0.0.1:9");
            builder.UseSetting("PeeringHub:PeeringManager:SmtpHost", "127.0.0.1");
            builder.UseSetting("PeeringHub:PeeringManager:SmtpPort", "9");
        }
    }

    /// <summary>Who may call an operation.</summary>
    public enum Access
    {
        /// <summary>Admin, Operator, NOC.</summary>
        Staff,
        /// <summary>Admin, Operator.</summary>
        Operate,
        Admin,
        /// <summary>Staff, and a Member for their own network (the peering manager's view).</summary>
        StaffOrOwnNetwork,
        /// <summary>Admin, Operator, and a Member for their own network; not NOC (finding 3).</summary>
        OperateOrOwnNetwork,
        /// <summary>Staff and Members (PeeringHub:PeeringMatrix:AllowMembers, on by default).</summary>
        StaffOrMember,
    }

    public enum Identity { Anonymous, AdminCookieOnly, MemberOfTheNetwork, MemberOfAnotherNetwork, Noc, Operator, Admin }

    /// <summary>The declared matrix: one row per operation of the OpenAPI document.</summary>
    static readonly Dictionary<string, Access> Matrix = new()
    {
        ["GET /api/routers"] = Access.Staff, ["POST /api/routers"] = Access.Operate,
        ["GET /api/routers/{id}"] = Access.Staff, ["PUT /api/routers/{id}"] = Access.Operate, ["DELETE /api/routers/{id}"] = Access.Operate,
        ["GET /api/networks"] = Access.Staff, ["POST /api/networks"] = Access.Operate,
        ["GET /api/networks/{id}"] = Access.Staff, ["PUT /api/networks/{id}"] = Access.Operate, ["DELETE /api/networks/{id}"] = Access.Operate,
        ["GET /api/exchanges"] = Access.Staff, ["POST /api/exchanges"] = Access.Operate,
        ["GET /api/exchanges/{id}"] = Access.Staff, ["PUT /api/exchanges/{id}"] = Access.Operate, ["DELETE /api/exchanges/{id}"] = Access.Operate,
        ["GET /api/peering-lans"] = Access.Staff, ["POST /api/peering-lans"] = Access.Operate,
        ["GET /api/peering-lans/{id}"] = Access.Staff, ["PUT /api/peering-lans/{id}"] = Access.Operate, ["DELETE /api/peering-lans/{id}"] = Access.Operate,
        ["GET /api/members"] = Access.Staff, ["POST /api/members"] = Access.Operate,
        ["GET /api/members/{id}"] = Access.Staff, ["PUT /api/members/{id}"] = Access.Operate, ["DELETE /api/members/{id}"] = Access.Operate,
        ["GET /api/peer-groups"] = Access.Staff, ["POST /api/peer-groups"] = Access.Operate,
        ["GET /api/peer-groups/{id}"] = Access.Staff, ["PUT /api/peer-groups/{id}"] = Access.Operate, ["DELETE /api/peer-groups/{id}"] = Access.Operate,
        ["GET /api/sessions"] = Access.Staff, ["POST /api/sessions"] = Access.Operate,
        ["GET /api/sessions/{id}"] = Access.Staff, ["PUT /api/sessions/{id}"] = Access.Operate, ["DELETE /api/sessions/{id}"] = Access.Admin,
        ["GET /api/sessions/{id}/history"] = Access.Staff,
        ["POST /api/sessions/admin-state"] = Access.Operate,
        ["POST /api/sessions/refresh"] = Access.Staff,
        ["GET /api/routers/{id}/host-key"] = Access.Staff, ["POST /api/routers/{id}/host-key/accept"] = Access.Operate,
        ["POST /api/routers/{id}/test"] = Access.Staff,
        ["GET /api/routers/{id}/sessions"] = Access.Staff,
        ["GET /api/routers/{id}/gate-check"] = Access.Staff,
        ["GET /api/routers/{id}/unmanaged"] = Access.Staff, ["POST /api/routers/{id}/import"] = Access.Operate,
        ["GET /api/sessions/{id}/config"] = Access.Staff,
        ["POST /api/sessions/{id}/configure"] = Access.Operate, ["POST /api/sessions/{id}/config-manager"] = Access.Operate,
        ["POST /api/peeringdb/sync"] = Access.Operate, ["GET /api/peeringdb/sync"] = Access.Staff, ["POST /api/peeringdb/import"] = Access.Operate,
        ["POST /api/exchanges/{id}/ixf-import"] = Access.Operate, ["GET /api/exchanges/{id}/ixf"] = Access.Staff,
        ["GET /api/as-sets/{name}"] = Access.Staff, ["POST /api/as-sets/{name}/import"] = Access.Operate, ["POST /api/as-sets/{name}/validate"] = Access.Staff,
        ["GET /api/detected-sessions"] = Access.Staff,
        ["GET /api/peering-matrix"] = Access.StaffOrMember,
        ["GET /api/sflow/status"] = Access.Staff, ["GET /api/sflow/agents"] = Access.Staff, ["GET /api/sflow/warnings"] = Access.Staff,
        ["GET /api/sflow/pairs"] = Access.Staff, ["GET /api/sflow/pairs/explain"] = Access.Staff,
        ["GET /api/audit"] = Access.Staff,
        ["POST /api/settings/test-mail"] = Access.Admin,
        ["GET /api/peering-manager"] = Access.StaffOrOwnNetwork,
        ["POST /api/peering-manager/move"] = Access.OperateOrOwnNetwork, ["POST /api/peering-manager/request"] = Access.OperateOrOwnNetwork,
        ["GET /api/users"] = Access.Admin, ["POST /api/users"] = Access.Admin,
        ["GET /api/users/{id}"] = Access.Admin, ["PUT /api/users/{id}"] = Access.Admin, ["DELETE /api/users/{id}"] = Access.Admin,
        ["POST /api/users/{id}/tokens"] = Access.Admin,
    };

    /// <summary>The network the peering-manager calls are about; a Member of it may, a Member of another may not.</summary>
    const int Network = 2, OtherNetwork = 3, Lan = 1;

    /// <summary>Bodies that keep an allowed call harmless where "{}" would not (refresh without a list polls every router).</summary>
    static readonly Dictionary<string, string> Bodies = new()
    {
        ["POST /api/sessions/refresh"] = "{\"routers\":[999999]}",
        ["POST /api/peering-manager/move"] = $"{{\"network\":{Network},\"lan\":{Lan},\"peer\":999999,\"tab\":\"Rejected\"}}",
        ["POST /api/peering-manager/request"] = $"{{\"network\":{Network},\"lan\":{Lan},\"peer\":999999,\"markOnly\":true}}",
    };

    static readonly Dictionary<string, string> QueryValues = new()
    {
        ["network"] = Network.ToString(), ["lan"] = Lan.ToString(), ["af"] = "4", ["a"] = "192.0.2.1", ["b"] = "192.0.2.2", ["dryRun"] = "true",
    };

    public static bool Allows(Access access, Identity who) => access switch
    {
        Access.Staff => who is Identity.Admin or Identity.Operator or Identity.Noc,
        Access.Operate => who is Identity.Admin or Identity.Operator,
        Access.Admin => who is Identity.Admin,
        Access.StaffOrOwnNetwork => who is Identity.Admin or Identity.Operator or Identity.Noc or Identity.MemberOfTheNetwork,
        Access.OperateOrOwnNetwork => who is Identity.Admin or Identity.Operator or Identity.MemberOfTheNetwork,
        Access.StaffOrMember => who is not (Identity.Anonymous or Identity.AdminCookieOnly),
        _ => false,
    };

    /// <summary>What the status class must be: 401 without a token (a cookie is not a token), 403 when denied, else anything but 401/403/5xx.</summary>
    static string Expected(Access access, Identity who) =>
        who is Identity.Anonymous or Identity.AdminCookieOnly ? "401" : Allows(access, who) ? "allowed" : "403";

    /// <remarks>
    /// 502-504 count as allowed: the call passed authorization and the outside service it needs (IRR, PeeringDB, SMTP) is on a
    /// closed port here, which the API answers as a gateway error by design. A 500 is never right.
    /// </remarks>
    static string Observed(HttpStatusCode status) => (int)status switch
    {
        401 => "401",
        403 => "403",
        >= 502 and <= 504 => "allowed",
        >= 500 => "5xx",
        _ => "allowed",
    };

    async Task<Dictionary<Identity, HttpClient>> ClientsAsync()
    {
        var users = new UsersApiClient(app);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        async Task<HttpClient> Token(string name, string role, int? network = null) => app.ApiClient((await users.CreateWithTokenAsync($"{name}-{suffix}", role, network)).Token);
        var cookie = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await CookieLogin.PostLoginAsync(cookie, "admin", AppFactory.AdminPassword)).StatusCode);
        return new()
        {
            [Identity.Anonymous] = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
            [Identity.AdminCookieOnly] = cookie,
            [Identity.MemberOfTheNetwork] = await Token("mx-member", Roles.Member, Network),
            [Identity.MemberOfAnotherNetwork] = await Token("mx-other", Roles.Member, OtherNetwork),
            [Identity.Noc] = await Token("mx-noc", Roles.Noc),
            [Identity.Operator] = await Token("mx-ops", Roles.Operator),
            [Identity.Admin] = app.ApiClient(AppFactory.AdminToken),
        };
    }

    static List<(string Key, HttpMethod Method, string Url, string? Body)> Operations(JsonElement document)
    {
        var list = new List<(string, HttpMethod, string, string?)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
            {
                var key = $"{op.Name.ToUpperInvariant()} {path.Name}";
                var url = path.Name.Replace("{id}", "999999").Replace("{name}", "AS-MATRIX-NOSUCH");
                var query = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                        .Select(p => p.GetProperty("name").GetString()!).Where(QueryValues.ContainsKey).Select(n => $"{n}={QueryValues[n]}").ToList()
                    : [];
                if (query.Count > 0) url += "?" + string.Join('&', query);
                var body = op.Value.TryGetProperty("requestBody", out _) ? Bodies.GetValueOrDefault(key, "{}") : null;
                list.Add((key, new HttpMethod(op.Name.ToUpperInvariant()), url, body));
            }
        return list;
    }

    [Fact]
    public async Task AuthorizationMatrix_every_operation_of_the_openapi_document_answers_every_identity_as_declared()
    {
        var document = JsonDocument.Parse(await app.ApiClient(AppFactory.AdminToken).GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = Operations(document);

        var undeclared = operations.Select(o => o.Key).Except(Matrix.Keys).ToList();
        Assert.True(undeclared.Count == 0, "Operations without a row in the authorization matrix (declare who may call them): " + string.Join(", ", undeclared));
        var stale = Matrix.Keys.Except(operations.Select(o => o.Key)).ToList();
        Assert.True(stale.Count == 0, "Matrix rows for operations the API no longer has: " + string.Join(", ", stale));

        var clients = await ClientsAsync();
        var mismatches = new List<string>();
        var calls = 0;
        foreach (var (key, method, url, body) in operations)
            foreach (var (who, client) in clients)
            {
                using var request = new HttpRequestMessage(method, url);
                if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.SendAsync(request);
                calls++;
                var (expected, observed) = (Expected(Matrix[key], who), Observed(response.StatusCode));
                if (expected != observed)
                    mismatches.Add($"{key} as {who}: expected {expected}, got {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync())}");
            }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {calls} calls differ from the matrix:\n" + string.Join("\n", mismatches));
        Assert.Equal(operations.Count * Enum.GetValues<Identity>().Length, calls);
    }

    [Fact]
    public void AuthorizationMatrix_the_matrix_itself_keeps_the_role_boundaries_of_the_security_test()
    {
        // Finding 3: NOC views a member's peering manager but does not manage it.
        Assert.True(Allows(Matrix["GET /api/peering-manager"], Identity.Noc));
        Assert.False(Allows(Matrix["POST /api/peering-manager/move"], Identity.Noc));
        // Users, mail settings and session deletion are the admin's.
        Assert.All(Matrix.Where(r => r.Key.Contains("/api/users")), r => Assert.Equal(Access.Admin, r.Value));
        Assert.Equal(Access.Admin, Matrix["POST /api/settings/test-mail"]);
        // Members reach nothing of the inventory.
        Assert.All(Matrix.Where(r => r.Key.Contains("/api/routers") || r.Key.Contains("/api/sessions")), r => Assert.False(Allows(r.Value, Identity.MemberOfTheNetwork)));
    }

    static string Shorten(string body) => body.Length > 160 ? body[..160] + "…" : body;
}
