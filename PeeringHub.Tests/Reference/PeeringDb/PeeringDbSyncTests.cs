using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Tests.Reference.PeeringDb;

[Trait("Kind", "Reference")]
public class PeeringDbSyncTests
{
    private static readonly string Fixtures = ReferenceTestPaths.Fixtures("PeeringDb");

    /// <summary>Number of records in a fixture file, read from the file so the expectation follows the fixture.</summary>
    private static int FixtureCount(string endpoint, bool incremental = false) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, incremental ? "incremental" : "", endpoint + ".json")))
            .RootElement.GetProperty("data").GetArrayLength();

    private static long NewestUpdated(string endpoint) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, endpoint + ".json"))).RootElement.GetProperty("data")
            .EnumerateArray().Max(e => DateTimeOffset.Parse(e.GetProperty("updated").GetString()!).ToUnixTimeSeconds());

    private static Task<PeeringDbSyncResult> Sync(PeeringDbHarness h, bool full = false) =>
        h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().SyncAsync(full));

    [Fact]
    public async Task Full_then_incremental_sync_applies_updates_and_deletions_in_endpoint_order()
    {
        await using var h = await PeeringDbHarness.StartAsync();

        var full = await Sync(h);
        Assert.True(full.Success, string.Join("; ", full.Errors));
        Assert.False(full.Incremental);
        Assert.Equal(PdbEndpoints.All.Select(e => e.Name), full.Endpoints.Select(e => e.Endpoint));
        foreach (var e in full.Endpoints)
            Assert.Equal(FixtureCount(e.Endpoint), e.Upserted);
        var firstPass = h.Server.Requests.ToList();
        Assert.Equal(PdbEndpoints.All.Select(e => e.Name), firstPass.Select(r => r.Endpoint));
        Assert.All(firstPass, r => Assert.Equal("?depth=0", r.Query));
        Assert.All(firstPass, r => Assert.Equal("Api-Key " + PeeringDbHarness.ApiKey, r.Authorization));

        h.Server.Requests.Clear();
        var inc = await Sync(h);
        Assert.True(inc.Success, string.Join("; ", inc.Errors));
        Assert.True(inc.Incremental);
        var netRequest = h.Server.Requests.Single(r => r.Endpoint == "net");
        Assert.Equal($"?depth=0&since={NewestUpdated("net")}", netRequest.Query);
        Assert.Equal(1, inc.Endpoints.Single(e => e.Endpoint == "poc").Deleted);
        Assert.Equal(1, inc.Endpoints.Single(e => e.Endpoint == "netixlan").Deleted);

        await using var db = h.Db.NewContext();
        Assert.Equal("Hurricane Electric LLC", (await db.PdbNets.SingleAsync(n => n.Asn == 6939)).Name);
        var google = await db.PdbNetIxLans.Where(n => n.Asn == 15169).ToListAsync();
        Assert.Equal("80.81.193.109", Assert.Single(google).Ipaddr4);
        Assert.False((await db.PdbNetIxLans.SingleAsync(n => n.Asn == 13335)).IsRsPeer);
        Assert.DoesNotContain(await db.PdbPocs.ToListAsync(), p => p.NetId == 433);
        // the full pull's rows that the incremental pull did not mention stay
        Assert.Equal(FixtureCount("org"), await db.PdbOrgs.CountAsync());
    }

    [Fact]
    public async Task Http_429_is_retried_after_Retry_After_and_the_api_key_is_never_logged()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        h.Server.Overrides["net"] = async (ctx, call) =>
        {
            if (call > 1) return false;
            ctx.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ctx.Response.Headers.RetryAfter = "1";
            await ctx.Response.WriteAsync("{\"message\":\"Request was throttled.\"}");
            return true;
        };

        var sw = Stopwatch.StartNew();
        var result = await Sync(h);
        sw.Stop();

        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(2, h.Server.Requests.Count(r => r.Endpoint == "net"));
        Assert.True(sw.Elapsed >= TimeSpan.FromSeconds(0.95), $"waited only {sw.Elapsed}");
        Assert.Contains(h.Logs.Lines, l => l.Contains("HTTP 429"));
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains(PeeringDbHarness.ApiKey));
    }

    [Fact]
    public async Task Persistent_429_fails_with_a_clear_error_after_the_retry_budget()
    {
        await using var h = await PeeringDbHarness.StartAsync(new() { ["PeeringHub:PeeringDb:MaxRetries"] = "2" });
        h.Server.Overrides["org"] = async (ctx, _) =>
        {
            ctx.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ctx.Response.Headers.RetryAfter = "0";
            await ctx.Response.WriteAsync("throttled");
            return true;
        };
        var result = await Sync(h);
        Assert.False(result.Success);
        Assert.Equal(3, h.Server.Requests.Count(r => r.Endpoint == "org"));
        Assert.Contains("HTTP 429", Assert.Single(result.Errors));
        Assert.DoesNotContain(h.Server.Requests, r => r.Endpoint == "net");
    }

    [Fact]
    public async Task Malformed_json_stops_the_sync_with_a_clear_error_and_writes_nothing_of_that_endpoint()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        Assert.True((await Sync(h)).Success);
        await using (var before = h.Db.NewContext())
            Assert.Equal(FixtureCount("netixlan"), await before.PdbNetIxLans.CountAsync());
        long? sinceBefore;
        await using (var db0 = h.Db.NewContext())
            sinceBefore = (await db0.PdbSyncStates.FindAsync("netixlan"))!.Since;

        // a realistic truncation: the incremental body is cut mid-record, after valid records that must not be written
        var valid = await File.ReadAllTextAsync(Path.Combine(Fixtures, "incremental", "netixlan.json"));
        h.Server.Overrides["netixlan"] = async (ctx, _) =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(valid[..(valid.Length * 2 / 3)]);
            return true;
        };
        var result = await Sync(h);

        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Contains("'netixlan'", error);
        Assert.Contains("malformed JSON", error);
        Assert.Null(result.Links);
        Assert.DoesNotContain(result.Endpoints, e => e.Endpoint is "netfac" or "poc"); // stopped at the failing endpoint
        await using var db = h.Db.NewContext();
        var rows = await db.PdbNetIxLans.OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(FixtureCount("netixlan"), rows.Count);
        Assert.Contains(rows, r => r.Ipaddr4 == "80.81.193.108");   // the deletion in the broken payload was not applied
        Assert.DoesNotContain(rows, r => r.Id == 1004);              // nor the addition before the cut
        var state = await db.PdbSyncStates.FindAsync("netixlan");
        Assert.Equal(sinceBefore, state!.Since);
        Assert.Equal(error, state.LastError);
        Assert.Equal("Hurricane Electric LLC", (await db.PdbNets.SingleAsync(n => n.Id == 20)).Name); // earlier endpoints kept

        var status = await h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().GetStatusAsync());
        Assert.Null(status.LastSuccessfulSyncAt);
        Assert.False(status.LastResult!.Success);
    }

    [Fact]
    public async Task Status_reports_counts_and_last_successful_sync()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        var before = DateTime.UtcNow;
        await Sync(h);
        var status = await h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().GetStatusAsync());
        Assert.False(status.Running);
        Assert.Equal(PdbEndpoints.All.Count, status.TotalEndpoints);
        Assert.Equal(PdbEndpoints.All.Count, status.CompletedEndpoints);
        Assert.True(status.LastSuccessfulSyncAt >= before);
        Assert.Equal(FixtureCount("netixlan"), status.Endpoints.Single(e => e.Endpoint == "netixlan").LastUpserted);
    }

    [Fact]
    public async Task Unreachable_server_is_a_clear_error_recorded_in_the_status()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var h = await PeeringDbHarness.StartAsync(new() { ["PeeringHub:PeeringDb:BaseUrl"] = $"http://127.0.0.1:{closedPort}/api" });

        var result = await Sync(h);

        Assert.False(result.Success);
        Assert.StartsWith("PeeringDB 'org': ", Assert.Single(result.Errors));
        var status = await h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().GetStatusAsync());
        Assert.Equal(result.Errors[0], status.Endpoints.Single(e => e.Endpoint == "org").LastError);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains(PeeringDbHarness.ApiKey));
    }
}
