using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Collector;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>A real service provider with a temp SQLite database (migrated), members seeded from a truth file, and the collector registered.</summary>
public sealed class SflowHost : IAsyncDisposable
{
    public ServiceProvider Services { get; }
    public string DatabasePath { get; }
    public SflowCollectorService Collector => Services.GetRequiredService<SflowCollectorService>();

    /// <param name="environment">The host environment name the collector sees (its allow-list rule differs in Production).</param>
    /// <param name="logs">Where the collector's log goes, for tests that read it.</param>
    public SflowHost(string databasePath, Dictionary<string, string?> settings, string environment = "Development", ILoggerProvider? logs = null)
    {
        DatabasePath = databasePath;
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => { if (logs is not null) b.AddProvider(logs); });
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment, ApplicationName = "PeeringHub.Tests", ContentRootPath = AppContext.BaseDirectory });
        services.AddDbContext<PeeringHubDbContext>(o => o.UseSqlite($"Data Source={databasePath}"));
        services.AddSflowCollector(config);
        Services = services.BuildServiceProvider();
    }

    public static Dictionary<string, string?> Settings(string bind = "127.0.0.1", string? allow = null) => new()
    {
        ["PeeringHub:Sflow:Port"] = "0", ["PeeringHub:Sflow:BindAddress"] = bind,
        ["PeeringHub:Sflow:FlushInterval"] = "01:00:00", ["PeeringHub:Sflow:PublishInterval"] = "00:00:00.100",
        ["PeeringHub:Sflow:AgentAllowList:0"] = allow,
    };

    /// <summary>Creates the schema and writes the truth's exchange, LANs, networks and members; returns member id by address.</summary>
    public async Task<Dictionary<string, int>> SeedAsync(Truth truth)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        await db.Database.MigrateAsync();
        var ix = new Exchange { Name = "SF-IX" };
        var lans = truth.Lans.ToDictionary(l => l.LanId, l => new PeeringLan
        {
            Exchange = ix, Name = $"lan{l.LanId}", VlanId = l.Vlan == 0 ? null : l.Vlan, VlanMode = l.Vlan == 0 ? VlanMode.Untagged : VlanMode.Tagged, Ipv4Prefix = l.Ipv4Prefix, Ipv6Prefix = l.Ipv6Prefix, PeeringMatrixEnabled = l.MatrixEnabled,
        });
        var members = truth.Members.Select(m => new Member
        {
            Network = new Network { Asn = m.Asn, Name = $"AS{m.Asn}" }, PeeringLan = lans[m.LanId],
            Ipv4Address = m.Ipv4Address, Ipv6Address = m.Ipv6Address, IsRouteServerClient = m.IsRouteServerClient,
        }).ToList();
        db.Members.AddRange(members);
        await db.SaveChangesAsync();
        return members.SelectMany(m => new[] { (m.Ipv4Address!, m.Id), (m.Ipv6Address!, m.Id) }).ToDictionary(x => x.Item1, x => x.Item2);
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
