using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeeringHub.Tests.Reference.PeeringDb;

/// <summary>
/// A real Kestrel server on 127.0.0.1:&lt;ephemeral&gt; that replays PeeringDB fixtures: full pulls get
/// Fixtures/&lt;endpoint&gt;.json, <c>since</c> pulls get Fixtures/incremental/&lt;endpoint&gt;.json (or an empty envelope).
/// </summary>
internal sealed class PeeringDbTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public record Request(string Endpoint, string Query, string? Authorization);

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>Per-endpoint override: return true after writing a response to take over the request.</summary>
    public ConcurrentDictionary<string, Func<HttpContext, int, Task<bool>>> Overrides { get; } = new();

    public string BaseUrl { get; private set; } = "";

    private PeeringDbTestServer(WebApplication app) => _app = app;

    public static async Task<PeeringDbTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new PeeringDbTestServer(app);
        var fixtures = ReferenceTestPaths.Fixtures("PeeringDb");
        var calls = new ConcurrentDictionary<string, int>();
        app.MapGet("/api/{endpoint}", async (HttpContext ctx, string endpoint) =>
        {
            server.Requests.Enqueue(new Request(endpoint, ctx.Request.QueryString.Value ?? "", ctx.Request.Headers.Authorization.FirstOrDefault()));
            var n = calls.AddOrUpdate(endpoint, 1, (_, c) => c + 1);
            if (server.Overrides.TryGetValue(endpoint, out var handler) && await handler(ctx, n)) return;
            if (ctx.Request.Query["depth"] != "0") { ctx.Response.StatusCode = 400; return; }
            var incremental = ctx.Request.Query.ContainsKey("since");
            var path = Path.Combine(fixtures, incremental ? "incremental" : "", endpoint + ".json");
            ctx.Response.ContentType = "application/json";
            if (File.Exists(path)) await ctx.Response.SendFileAsync(path);
            else if (incremental) await ctx.Response.WriteAsync("{\"data\":[],\"meta\":{}}");
            else ctx.Response.StatusCode = 404;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address + "/api";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
