using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Synthetic;

/// <summary>A database with N synthetic routers × M sessions, matching what the synthetic driver reports.</summary>
static class BoardSeed
{
    /// <summary>The core's services on the bench database in <paramref name="dataDir"/>.</summary>
    public static ServiceProvider CoreServices(string dataDir)
    {
        var services = new ServiceCollection().AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddPeeringHubCore($"Data Source={Path.Combine(dataDir, "peeringhub.db")}");
        return services.BuildServiceProvider();
    }

    public static async Task SeedAsync(string dataDir, int routers, int perRouter)
    {
        await using var sp = CoreServices(dataDir);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        await db.Database.MigrateAsync();
        db.AuditEnabled = false;
        for (var r = 1; r <= routers; r++)
            db.Routers.Add(new Router { Name = $"syn-{r:00}", Platform = SyntheticDriver.Key, Transport = RouterTransport.Local, Address = perRouter.ToString(), LocalAsn = 64500, Enabled = true });
        await db.SaveChangesAsync();
        foreach (var router in await db.Routers.ToListAsync())
            for (var i = 0; i < perRouter; i++)
                db.Sessions.Add(new BgpSession
                {
                    RouterId = router.Id, Type = SessionType.Private, PeerAsn = 65000 + i % 1000, PeerIp = SyntheticDriver.PeerIp(router.Id, i), AddressFamily = 4,
                    Description = $"synthetic {i}", State = BgpState.Unknown,
                });
        await db.SaveChangesAsync();
    }
}
