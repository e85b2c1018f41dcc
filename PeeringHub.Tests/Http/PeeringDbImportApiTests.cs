using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Http;

/// <summary><c>POST /api/peeringdb/import</c>: multipart PeeringDB dumps into the mirror, Admin/Operator only, audited, RFC 7807 on bad files.</summary>
[Trait("Kind", "Http")]
public class PeeringDbImportApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    HttpClient Admin => app.ApiClient(AppFactory.AdminToken);

    static string Envelope(params string[] records) => "{\"data\":[" + string.Join(",", records) + "],\"meta\":{}}";

    static string Net(int id, long asn, string name) =>
        $"{{\"id\":{id},\"org_id\":1,\"name\":\"{name}\",\"asn\":{asn},\"irr_as_set\":\"AS-IMPORTTEST\",\"info_prefixes4\":10,\"info_prefixes6\":5," +
        "\"policy_general\":\"Open\",\"website\":\"\",\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-11-01T00:00:00Z\",\"status\":\"ok\"}";

    static MultipartFormDataContent Files(params (string Field, string FileName, string Json)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, name, json) in files)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(part, field, name);
        }
        return form;
    }

    async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task<T> InDbAsync<T>(Func<PeeringHubDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>());
    }

    [Fact]
    public async Task Import_merges_a_net_dump_into_the_mirror_and_audits_it()
    {
        var response = await Admin.PostAsync("/api/peeringdb/import?replace=false",
            Files(("file", "net.json", Envelope(Net(777001, 4200000001, "Import Test Net"), Net(777002, 4200000002, "Import Test Net 2")))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("success").GetBoolean());
        Assert.Equal(2, result.GetProperty("endpoints")[0].GetProperty("upserted").GetInt32());

        Assert.Equal("Import Test Net", await InDbAsync(db => db.PdbNets.Where(n => n.Asn == 4200000001).Select(n => n.Name).SingleAsync()));
        // merge: the demo snapshot's networks are still there
        Assert.True(await InDbAsync(db => db.PdbNets.AnyAsync(n => n.Asn == 64496)));
        var audit = await InDbAsync(db => db.AuditEntries.Where(a => a.Action == "ImportPeeringDb").OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("admin", audit.User);
        Assert.Equal("net", audit.ObjectName);
        Assert.Contains("\"FileName\":\"net.json\"", audit.After);
        Assert.Contains("\"Upserted\":2", audit.After);
    }

    [Fact]
    public async Task The_form_field_names_the_object_type_when_the_file_name_does_not()
    {
        var response = await Admin.PostAsync("/api/peeringdb/import?replace=false",
            Files(("net", "dump-2026-12-01.json", Envelope(Net(777011, 4200000011, "Field Named Net")))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await InDbAsync(db => db.PdbNets.AnyAsync(n => n.Asn == 4200000011)));
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_its_position_and_nothing_is_written()
    {
        var before = await InDbAsync(db => db.PdbNets.CountAsync());
        var response = await Admin.PostAsync("/api/peeringdb/import",
            Files(("file", "ix.json", Envelope()), ("file", "net.json", "{\"data\":[{\"id\":1,")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Contains("malformed JSON at line", problem.GetProperty("detail").GetString());
        Assert.Contains("Nothing was imported", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await InDbAsync(db => db.PdbNets.CountAsync()));
        // the empty ix.json would have replaced (emptied) the ix table had anything been written
        Assert.True(await InDbAsync(db => db.PdbIxs.AnyAsync()));
        Assert.True(await InDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ImportPeeringDb" && a.After!.Contains("malformed JSON"))));
    }

    [Fact]
    public async Task A_record_missing_a_required_field_is_named()
    {
        var response = await Admin.PostAsync("/api/peeringdb/import", Files(("file", "net.json", Envelope("{\"id\":5,\"org_id\":1,\"name\":\"no asn\"}"))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field 'asn' missing", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_object_type_wrong_content_type_and_no_file_are_refused()
    {
        var unknown = await Admin.PostAsync("/api/peeringdb/import", Files(("file", "networks.json", Envelope())));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("netixlan", (await ProblemAsync(unknown)).GetProperty("detail").GetString());

        var json = await Admin.PostAsync("/api/peeringdb/import", new StringContent(Envelope(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        await ProblemAsync(json);

        var none = await Admin.PostAsync("/api/peeringdb/import", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("No file", (await ProblemAsync(none)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Only_admins_and_operators_may_import()
    {
        var noc = app.ApiClient(await app.CreateUserWithTokenAsync("pdb-import-noc", Roles.Noc));
        Assert.Equal(HttpStatusCode.Forbidden, (await noc.PostAsync("/api/peeringdb/import", Files(("file", "net.json", Envelope())))).StatusCode);
        var op = app.ApiClient(await app.CreateUserWithTokenAsync("pdb-import-op", Roles.Operator));
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync("/api/peeringdb/import?replace=false", Files(("file", "poc.json", Envelope())))).StatusCode);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/peeringdb/import", Files(("file", "net.json", Envelope())))).StatusCode);
    }
}

/// <summary>The size cap, on an app whose cap is 4 KiB.</summary>
[Trait("Kind", "Http")]
public class PeeringDbImportSizeCapTests(PeeringDbImportSizeCapTests.SmallCapApp app) : IClassFixture<PeeringDbImportSizeCapTests.SmallCapApp>
{
    public sealed class SmallCapApp : AppFactory
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("PeeringHub:PeeringDb:MaxImportBytes", "4096");
    }

    [Fact]
    public async Task An_upload_over_the_cap_answers_413_and_imports_nothing()
    {
        var before = await CountAsync();
        var big = "{\"data\":[" + string.Join(",", Enumerable.Range(1, 200).Select(i =>
            $"{{\"id\":{880000 + i},\"org_id\":1,\"name\":\"Big {i}\",\"asn\":{4210000000L + i},\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\",\"status\":\"ok\"}}")) + "]}";
        var form = new MultipartFormDataContent { { new StringContent(big, Encoding.UTF8, "application/json"), "file", "net.json" } };
        var response = await app.ApiClient(AppFactory.AdminToken).PostAsync("/api/peeringdb/import", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("MaxImportBytes", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await CountAsync());
    }

    async Task<int> CountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().PdbNets.CountAsync();
    }
}
