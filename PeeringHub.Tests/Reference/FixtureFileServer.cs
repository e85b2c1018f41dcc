using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeeringHub.Tests.Reference;

/// <summary>Kestrel on 127.0.0.1:&lt;ephemeral&gt; serving the files of one fixture folder as application/json.</summary>
internal sealed class FixtureFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    public ConcurrentQueue<string> Paths { get; } = new();
    public string BaseUrl { get; private set; } = "";

    private FixtureFileServer(WebApplication app) => _app = app;

    public static async Task<FixtureFileServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FixtureFileServer(app);
        app.MapGet("/{file}", async (HttpContext ctx, string file) =>
        {
            server.Paths.Enqueue(ctx.Request.Path);
            var path = Path.Combine(folder, Path.GetFileName(file));
            if (!File.Exists(path)) { ctx.Response.StatusCode = 404; return; }
            ctx.Response.ContentType = "application/json";
            await ctx.Response.SendFileAsync(path);
        });
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
