using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>
/// The app with a client address per test client: the in-process test server has no remote address, so a header set by the
/// test (<see cref="Header"/>) stands in for it, as the connection's address does behind Kestrel.
/// </summary>
public sealed class ClientAddressAppFactory : AppFactory
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>Every log line of the app, formatted, for tests that read what was logged.</summary>
    internal Reference.ListLoggerProvider Logs { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ClientAddressFilter()));
        builder.ConfigureLogging(l => l.AddProvider(Logs));
    }

    public HttpClient Browser(string address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address)) context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
