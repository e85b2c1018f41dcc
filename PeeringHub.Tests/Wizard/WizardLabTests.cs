using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Sessions.Wizard;
using PeeringHub.Routers;
using PeeringHub.Routers.Polling;
using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Wizard;

/// <summary>
/// "Configure router now" against the router lab, through the wizard's service (no browser): the lab's spare peer expects
/// v4 and v6 sessions with an MD5 password; the wizard creates both, configures them (render → check → apply), and the
/// poller records Established in the database the detail page reads. The lab is left as found (the sessions are removed).
/// </summary>
public abstract class WizardLabTests<TFixture>(TFixture lab) : IAsyncLifetime where TFixture : RouterLabFixture
{
    TestDatabase database = null!;
    int routerId;

    public async Task InitializeAsync()
    {
        database = new TestDatabase("operator1", s => s.AddRouterDrivers().AddSessionPolling(background: false));
        routerId = await LabRouterRecord.AddAsync(database, lab);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ConfigureNow_BothFamiliesWithMd5_ReachEstablished()
    {
        var state = new WizardState
        {
            Type = SessionType.Private, RouterId = routerId, Method = PeerMethod.Manual, PeerName = "Lab spare peer", PeerAsn = 65000 + lab.Spare,
            PeerIpv4 = RouterLabFixture.PeerIp(lab.Spare, 4), PeerIpv6 = RouterLabFixture.PeerIp(lab.Spare, 6), Md5Password = lab.Env["SPARE_PW"], ConfigureNow = true,
        };
        WizardCreateResult created;
        await using (var scope = database.Scope())
            created = await scope.ServiceProvider.GetRequiredService<SessionWizardService>().CreateAsync(state);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.SelectMany(e => e.Value)) + created.Message);
        try
        {
            foreach (var id in created.SessionIds)
            {
                await using var scope = database.Scope();
                var result = await scope.ServiceProvider.GetRequiredService<ISessionConfigurator>().ConfigureAsync(id);
                Assert.True(result.Succeeded, result.Message);
                Assert.StartsWith("Applied; the session is ", result.Message);
                Assert.DoesNotContain(lab.Env["SPARE_PW"], result.Message);
            }
            await using (var scope = database.Scope())
            {
                // The same audited path as the session page's Configure.
                var audited = await scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>().AuditEntries
                    .Where(a => a.Action == "Configure").Select(a => a.ObjectId).ToListAsync();
                Assert.All(created.SessionIds, id => Assert.Contains(id.ToString(), audited));
            }

            var sw = Stopwatch.StartNew();
            List<BgpState> states;
            do
            {
                await using var scope = database.Scope();
                await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(routerId);
                var db = scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>();
                states = await db.Sessions.Where(s => created.SessionIds.Contains(s.Id)).Select(s => s.State).ToListAsync();
                if (states.All(s => s == BgpState.Established)) break;
                await Task.Delay(500);
            } while (sw.Elapsed < TimeSpan.FromSeconds(30));
            Assert.Equal([BgpState.Established, BgpState.Established], states);
        }
        finally
        {
            await using var scope = database.Scope();
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>();
            var router = await db.Routers.SingleAsync(r => r.Id == routerId);
            var sessions = await db.Sessions.Where(s => created.SessionIds.Contains(s.Id)).ToListAsync();
            var removed = await scope.ServiceProvider.GetRequiredService<IRouterSessionCommands>().RemoveAsync(router, sessions, CancellationToken.None);
            Assert.All(removed, r => Assert.True(r.Succeeded, r.Error));
        }
    }
}
