using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Reference;
using PeeringHub.Core.Reference.Irr;
using PeeringHub.Core.Reference.Ixf;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Tests.Reference;

[Trait("Kind", "Reference")]
public class ReferenceDataRegistrationTests
{
    [Fact]
    public async Task AddReferenceData_binds_every_setting_and_resolves_every_service()
    {
        using var db = new ReferenceTestDb();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PeeringHub:PeeringDb:BaseUrl"] = "https://pdb.example/api",
            ["PeeringHub:PeeringDb:ApiKey"] = "k",
            ["PeeringHub:PeeringDb:SyncInterval"] = "06:00:00",
            ["PeeringHub:Irr:Server"] = "whois.radb.net:4343",
            ["PeeringHub:Irr:Sources"] = "ripe, radb",
            ["PeeringHub:Irr:CacheTtl"] = "00:30:00",
            ["PeeringHub:Irr:MaxSetSize"] = "1234",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ICurrentActor>(FixedActor.System);
        services.AddDbContext<PeeringHubDbContext>(o => o.UseSqlite(db.Connection));
        services.AddReferenceData(config);
        await using var sp = services.BuildServiceProvider();

        var pdb = sp.GetRequiredService<IOptions<PeeringDbOptions>>().Value;
        Assert.Equal(("https://pdb.example/api", "k", TimeSpan.FromHours(6)), (pdb.BaseUrl, pdb.ApiKey, pdb.SyncInterval));
        var irr = sp.GetRequiredService<IOptions<IrrOptions>>().Value;
        Assert.Equal(("whois.radb.net", 4343), irr.ParseServer());
        Assert.Equal(["RIPE", "RADB"], irr.SourceList);
        Assert.Equal((TimeSpan.FromMinutes(30), 1234), (irr.CacheTtl, irr.MaxSetSize));
        Assert.Contains(sp.GetServices<IHostedService>(), s => s is PeeringDbSyncScheduler);

        await using var scope = sp.CreateAsyncScope();
        foreach (var type in new[] { typeof(PeeringDbSyncService), typeof(PeeringDbLinkService), typeof(AsSetService),
                     typeof(IrrExpansionService), typeof(IxfImportService), typeof(IxfExportService), typeof(PeeringDbSyncProgress) })
            Assert.NotNull(scope.ServiceProvider.GetRequiredService(type));
    }

    [Theory]
    [InlineData("rr.ntt.net", "rr.ntt.net", 43)]
    [InlineData("127.0.0.1:4343", "127.0.0.1", 4343)]
    [InlineData("[::1]:43", "::1", 43)]
    [InlineData("[2001:db8::1]", "2001:db8::1", 43)]
    public void Irr_server_setting_parses_host_and_port(string setting, string host, int port) =>
        Assert.Equal((host, port), new IrrOptions { Server = setting }.ParseServer());
}
