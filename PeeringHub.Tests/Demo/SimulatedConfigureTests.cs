using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Polling;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Demo;

/// <summary>
/// Configure and the Config Manager on a demo router run the real path (SessionConfigurator: render → check → diff → apply →
/// watch → rollback) against the simulated router: a broken text is refused by the check and nothing changes; a text the
/// peer disagrees with is applied, the session does not come back, and the previous configuration is restored.
/// </summary>
[Trait("Kind", "Unit")]
public class SimulatedConfigureTests : IAsyncLifetime
{
    readonly TestDatabase database = new(configure: s => s.AddRouterDrivers().AddSessionPolling(background: false));
    int sessionId;

    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var edge1 = await db.Routers.SingleAsync(r => r.Name == "edge1.fra");
        await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(edge1.Id);
        sessionId = await db.Sessions.Where(s => s.RouterId == edge1.Id && s.Type == SessionType.Exchange && s.State == BgpState.Established)
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<T> WithConfigurator<T>(Func<SessionConfigurator, Task<T>> call)
    {
        await using var scope = database.Scope();
        return await call(scope.ServiceProvider.GetRequiredService<SessionConfigurator>());
    }

    [Fact]
    public async Task ABrokenEdit_IsRefusedByTheRoutersCheck_AndNothingIsApplied()
    {
        var preview = (await WithConfigurator(c => c.PreviewAsync(sessionId))).Value!;
        var broken = preview.Rendered.Replace("neighbor ", "neighbour ");
        var checkedBroken = (await WithConfigurator(c => c.PreviewAsync(sessionId, broken))).Value!;
        Assert.False(checkedBroken.CheckPassed);
        Assert.Contains("syntax error, unknown statement 'neighbour", checkedBroken.CheckMessage);

        var applied = await WithConfigurator(c => c.ApplyAsync(sessionId, broken));
        Assert.False(applied.Applied);
        Assert.StartsWith("The router's check refused the config; nothing was applied", applied.Message);
        Assert.Equal(preview.Running, (await WithConfigurator(c => c.PreviewAsync(sessionId))).Value!.Running);
    }

    [Fact]
    public async Task AnEditThePeerDisagreesWith_DoesNotComeBack_AndIsRolledBack()
    {
        var before = (await WithConfigurator(c => c.PreviewAsync(sessionId))).Value!;
        var wrongAs = System.Text.RegularExpressions.Regex.Replace(before.Rendered, @"as \d+;", "as 64999;");
        Assert.True((await WithConfigurator(c => c.PreviewAsync(sessionId, wrongAs))).Value!.CheckPassed); // valid text, wrong peer AS

        var result = await WithConfigurator(c => c.ApplyAsync(sessionId, wrongAs));
        Assert.Equal((true, true, BgpState.Established), (result.Applied, result.RolledBack, result.StateAfter));
        Assert.StartsWith($"The session did not come back within {SessionConfigurator.ComeBackWithin.TotalSeconds:0} s; the previous configuration was restored", result.Message);
        Assert.Equal(before.Running, (await WithConfigurator(c => c.PreviewAsync(sessionId))).Value!.Running);
        await using var db = database.NewContext();
        Assert.True(await db.SessionStateChanges.AnyAsync(c => c.SessionId == sessionId && c.Reason == "Error: Bad peer AS"));
    }
}
