using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Reference.PeeringDb;
using PeeringHub.Tests.Reference.PeeringDb;

namespace PeeringHub.Tests.Security;

/// <summary>
/// "Also found" (issue 16): PeeringDB answers had no size limit (a 250 MB reply took the app to 7.8 GB RSS). They are streamed
/// and cut at PeeringHub:PeeringDb:MaxResponseBytes with a clear error; nothing of the endpoint is applied.
/// </summary>
[Trait("Kind", "Reference")]
public class PeeringDbSizeLimitTests
{
    const long Limit = 4 * 1024 * 1024;

    static Task<PeeringDbSyncResult> Sync(PeeringDbHarness h) => h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().SyncAsync(false));

    [Fact]
    public async Task AlsoFound_PeeringDbResponsesHaveNoSizeLimit_a_streamed_answer_over_the_limit_is_cut_with_a_clear_error()
    {
        await using var h = await PeeringDbHarness.StartAsync(new() { ["PeeringHub:PeeringDb:MaxResponseBytes"] = Limit.ToString() });
        long written = 0;
        var chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)' ');
        h.Server.Overrides["org"] = async (ctx, _) =>
        {
            // 256 MB without a Content-Length, as a proxy or a misbehaving server would stream it; stops when the client leaves.
            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("{\"data\":[");
            try
            {
                for (var i = 0; i < 256 && !ctx.RequestAborted.IsCancellationRequested; i++)
                {
                    await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
                    Interlocked.Add(ref written, chunk.Length);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException) { /* the client stopped reading: what this test wants */ }
            return true;
        };

        var result = await Sync(h);

        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal("PeeringDB 'org': the answer is larger than 4 MB (PeeringHub:PeeringDb:MaxResponseBytes); it was not read and nothing of it was applied", error);
        Assert.DoesNotContain(result.Endpoints, e => e.Endpoint == "net"); // stopped at the failing endpoint
        Assert.True(Interlocked.Read(ref written) < 64L * 1024 * 1024, $"the client read on: the server wrote {Interlocked.Read(ref written) / 1024 / 1024} MB");
        await using var db = h.Db.NewContext();
        Assert.Equal(error, (await db.PdbSyncStates.FindAsync("org"))!.LastError);
    }

    [Fact]
    public async Task AlsoFound_PeeringDbResponsesHaveNoSizeLimit_a_declared_length_over_the_limit_is_refused_before_reading()
    {
        await using var h = await PeeringDbHarness.StartAsync(new() { ["PeeringHub:PeeringDb:MaxResponseBytes"] = Limit.ToString() });
        h.Server.Overrides["org"] = async (ctx, _) =>
        {
            ctx.Response.ContentType = "application/json";
            ctx.Response.ContentLength = Limit + 1;
            await ctx.Response.Body.WriteAsync(new byte[Limit + 1]);
            return true;
        };

        var result = await Sync(h);

        Assert.Contains("larger than 4 MB", Assert.Single(result.Errors));
    }

    [Fact]
    public void AlsoFound_PeeringDbResponsesHaveNoSizeLimit_the_default_limit_is_64_MB() =>
        Assert.Equal(64L * 1024 * 1024, new PeeringDbOptions().MaxResponseBytes);
}
