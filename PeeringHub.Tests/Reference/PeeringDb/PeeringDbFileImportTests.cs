using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Tests.Reference.PeeringDb;

[Trait("Kind", "Reference")]
public class PeeringDbFileImportTests
{
    private static readonly string Fixtures = ReferenceTestPaths.Fixtures("PeeringDb");

    [Fact]
    public async Task Offline_files_in_the_api_envelope_import_like_a_full_sync()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        var files = PeeringDbFile.FromDirectory(Fixtures);
        Assert.Equal(PdbEndpoints.All.Count, files.Count);

        var result = await h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().ImportFilesAsync(files));

        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Empty(h.Server.Requests); // offline: nothing went over HTTP
        await using var db = h.Db.NewContext();
        Assert.Equal(3, await db.PdbNets.CountAsync());
        Assert.Equal(2, await db.PdbIxPfxs.CountAsync());
    }

    [Fact]
    public async Task One_malformed_file_rejects_the_whole_import_with_nothing_written()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        var files = PeeringDbFile.FromDirectory(Fixtures).ToList();
        var i = files.FindIndex(f => f.Endpoint == "poc");
        files[i] = files[i] with { Json = "{\"data\": [ {\"id\": 1, \"net_id\": 20, "u8.ToArray() };

        var ex = await Assert.ThrowsAsync<PeeringDbFormatException>(() =>
            h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().ImportFilesAsync(files)));

        Assert.Contains("'poc'", ex.Message);
        Assert.Contains("malformed JSON", ex.Message);
        await using var db = h.Db.NewContext();
        Assert.Equal(0, await db.PdbOrgs.CountAsync());
        Assert.Equal(0, await db.PdbNets.CountAsync());
        Assert.Equal(0, await db.PdbSyncStates.CountAsync());
    }

    [Fact]
    public async Task A_file_without_the_envelope_or_with_a_bad_record_is_named_in_the_error()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        var noEnvelope = new PeeringDbFile("net", "[{\"id\": 1}]"u8.ToArray());
        var badRecord = new PeeringDbFile("net", "{\"data\":[{\"id\":1,\"org_id\":1,\"asn\":1,\"name\":\"a\"},{\"id\":2,\"org_id\":1,\"name\":\"no asn\"}],\"meta\":{}}"u8.ToArray());
        var svc = (Func<PeeringDbFile, Task>)(f => h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().ImportFilesAsync([f])));

        Assert.Contains("\"data\" array", (await Assert.ThrowsAsync<PeeringDbFormatException>(() => svc(noEnvelope))).Message);
        var e2 = await Assert.ThrowsAsync<PeeringDbFormatException>(() => svc(badRecord));
        Assert.Contains("record #1", e2.Message);
        Assert.Contains("'asn'", e2.Message);
    }

    [Fact]
    public async Task Scheduler_leaves_the_first_full_pull_to_an_operator()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        var scheduler = new PeeringDbSyncScheduler(h.Services.GetRequiredService<IServiceScopeFactory>(),
            h.Services.GetRequiredService<IOptions<PeeringDbOptions>>(), TimeProvider.System, NullLogger<PeeringDbSyncScheduler>.Instance);

        await ((IHostedService)scheduler).StartAsync(CancellationToken.None);
        await Task.Delay(1500);
        await ((IHostedService)scheduler).StopAsync(CancellationToken.None);

        // Never synced: a full PeeringDB pull is large, so the daily schedule starts one interval after start-up.
        Assert.Empty(h.Server.Requests);
    }

    [Fact]
    public async Task Scheduler_waits_for_the_interval_after_a_recent_sync()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        Assert.True((await h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().SyncAsync())).Success);
        h.Server.Requests.Clear();
        var scheduler = new PeeringDbSyncScheduler(h.Services.GetRequiredService<IServiceScopeFactory>(),
            h.Services.GetRequiredService<IOptions<PeeringDbOptions>>(), TimeProvider.System, NullLogger<PeeringDbSyncScheduler>.Instance);

        await ((IHostedService)scheduler).StartAsync(CancellationToken.None);
        await Task.Delay(1500);
        await ((IHostedService)scheduler).StopAsync(CancellationToken.None);

        Assert.Empty(h.Server.Requests); // the last attempt was moments ago; the next one is due in a day
    }
}
