using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Reference.Ixf;
using PeeringHub.Core.Reference.PeeringDb;
using PeeringHub.Tests.Reference.Ixf;
using PeeringHub.Tests.Reference.PeeringDb;

namespace PeeringHub.Tests.Security;

/// <summary>
/// "Also found" (issue 16): PeeringDB answers had no size limit (a 250 MB reply took the app to 7.8 GB RSS). They are streamed
/// and cut at PeeringHub:PeeringDb:MaxResponseBytes with a clear error; nothing of the endpoint is applied. An IX-F export
/// fetched from a URL is cut the same way at 64 MB (before, only a declared Content-Length was checked).
/// </summary>
[Trait("Kind", "Reference")]
public class ReferenceDataSizeLimitTests
{
    const long Limit = 4 * 1024 * 1024;

    static Task<PeeringDbSyncResult> Sync(PeeringDbHarness h) => h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().SyncAsync(false));

    [Fact]
    public async Task AlsoFound_PeeringDbResponsesHaveNoSizeLimit_a_streamed_answer_over_the_limit_is_cut_with_a_clear_error()
    {
        await using var h = await PeeringDbHarness.StartAsync(new() { ["PeeringHub:PeeringDb:MaxResponseBytes"] = Limit.ToString() });
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
        await using var db = h.Db.NewContext();
        Assert.Equal(error, (await db.PdbSyncStates.FindAsync("org"))!.LastError);
    }

    /// <summary>A 256 MB body produced as it is read, counting what the client took.</summary>
    sealed class CountingBody : Stream
    {
        long position;
        public long BytesRead { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, 256L * 1024 * 1024 - position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            position += n;
            BytesRead += n;
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    sealed class BodyHandler(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StreamContent(body) });
    }

    [Fact]
    public async Task AlsoFound_PeeringDbResponsesHaveNoSizeLimit_the_client_reads_no_further_than_the_limit()
    {
        var body = new CountingBody();
        var client = new PeeringDbClient(new HttpClient(new BodyHandler(body)), Microsoft.Extensions.Options.Options.Create(new PeeringDbOptions { MaxResponseBytes = Limit }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<PeeringDbClient>.Instance);

        var error = await Assert.ThrowsAsync<PeeringDbHttpException>(() => client.FetchAsync("net", null, CancellationToken.None));

        Assert.Contains("larger than 4 MB", error.Message);
        Assert.InRange(body.BytesRead, Limit, Limit + 128 * 1024);
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

    [Fact]
    public async Task AlsoFound_PeeringDbResponsesHaveNoSizeLimit_an_ixf_export_from_a_url_without_a_length_is_cut_at_64_MB()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var server = builder.Build();
        var chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)' ');
        server.MapGet("/ixf.json", async (HttpContext ctx) =>
        {
            ctx.Response.ContentType = "application/json";
            try
            {
                for (var i = 0; i < 80 && !ctx.RequestAborted.IsCancellationRequested; i++) await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException) { /* the client stopped reading */ }
        });
        await server.StartAsync();
        var url = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/ixf.json";
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();

        var r = await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportFromUrlAsync(id, new Uri(url), dryRun: true));

        Assert.False(r.Valid);
        Assert.Equal($"GET {url}: document larger than 64 MB", Assert.Single(r.Errors));
    }
}
