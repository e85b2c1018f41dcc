// Peering manager benchmark: one network's tabs on a LAN with 1,000 members (goal: <= 50 ms).
// Measures the pure computation and the whole service call (SQLite queries + computation). Stopwatch, not BenchmarkDotNet:
// BenchmarkDotNet is not in our NuGet source.
using System.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Bench;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.PeeringManager;

const int members = 1000;
var now = DateTime.UtcNow;
var input = BenchData.Input(members, now);
Console.WriteLine($"Pure TabComputer.Compute: {members} members, {input.Detected.Count} detected pairs, {input.Relations.Count} relations");
var pure = BenchData.Measure(() => TabComputer.Compute(input), 300);
Console.WriteLine(pure);

using var connection = new SqliteConnection("Data Source=:memory:");
connection.Open();
var services = new ServiceCollection();
services.AddLogging();
services.AddDataProtection().UseEphemeralDataProtectionProvider();
services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
services.AddPeeringHubCore("Data Source=:memory:");
services.AddPeeringManager();
services.AddDbContextFactory<PeeringHubDbContext>(o => o.UseSqlite(connection), ServiceLifetime.Scoped);
services.AddSingleton<ICurrentActor>(new FixedActor("bench"));
await using var provider = services.BuildServiceProvider();
int viewer, lan;
await using (var scope = provider.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
    await db.Database.MigrateAsync();
    (viewer, lan) = await BenchData.SeedAsync(db, members, now);
}
Task<BenchData.Timing> ServiceAsync(PeeringManagerCaller caller) => BenchData.MeasureAsync(async () =>
{
    await using var scope = provider.CreateAsyncScope();
    var view = await scope.ServiceProvider.GetRequiredService<PeeringManagerService>().LoadAsync(caller, viewer, lan);
    if (view.Rows.Count != members - 1) throw new InvalidOperationException($"expected {members - 1} rows, got {view.Rows.Count}");
}, 50);
Console.WriteLine($"PeeringManagerService.LoadAsync as the Member user of the viewing network (SQLite in memory, {members} members):");
var member = await ServiceAsync(new PeeringManagerCaller("bench", null, IsStaff: false, NetworkId: viewer));
Console.WriteLine(member);
Console.WriteLine("The same as staff (adds the network picker: every network on an enabled LAN):");
Console.WriteLine(await ServiceAsync(new PeeringManagerCaller("bench", null, IsStaff: true, NetworkId: null)));
return pure.Median.TotalMilliseconds <= 50 && member.Median.TotalMilliseconds <= 50 ? 0 : 1;
