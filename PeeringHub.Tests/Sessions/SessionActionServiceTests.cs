using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Sessions;

[Trait("Kind", "Unit")]
public class SessionActionServiceTests : IAsyncLifetime
{
    /// <summary>Records the calls; router "down" fails every session with the router's reason.</summary>
    sealed class RecordingCommands : IRouterSessionCommands
    {
        public readonly List<(string Router, int Count, AdminState? State, string? Message)> Calls = [];

        public Task<IReadOnlyList<SessionActionOutcome>> SetAdminStateAsync(Router router, IReadOnlyList<BgpSession> sessions, AdminState state, string? message, CancellationToken ct)
        {
            lock (Calls) Calls.Add((router.Name, sessions.Count, state, message));
            return Task.FromResult(Outcomes(router, sessions));
        }

        public Task<IReadOnlyList<SessionActionOutcome>> RemoveAsync(Router router, IReadOnlyList<BgpSession> sessions, CancellationToken ct)
        {
            lock (Calls) Calls.Add((router.Name, sessions.Count, null, null));
            return Task.FromResult(Outcomes(router, sessions));
        }

        static IReadOnlyList<SessionActionOutcome> Outcomes(Router router, IReadOnlyList<BgpSession> sessions) =>
            sessions.Select(s => new SessionActionOutcome(s.Id, SessionActionService.Label(s), router.Name, router.Name != "down", router.Name == "down" ? "ssh: Connection refused" : null)).ToList();
    }

    readonly TestDatabase database = new(actor: "operator1");
    readonly RecordingCommands commands = new();
    readonly List<int> upIds = [];
    readonly List<int> downIds = [];

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        var up = new Router { Name = "up", Address = "127.0.0.1", SshUser = "lab", LocalAsn = 64500 };
        var down = new Router { Name = "down", Address = "127.0.0.2", SshUser = "lab", LocalAsn = 64500 };
        db.AddRange(up, down);
        for (var i = 0; i < 45; i++) db.Sessions.Add(new BgpSession { Router = up, PeerAsn = 65001 + i, PeerIp = $"203.0.113.{i + 1}", AddressFamily = 4, Type = SessionType.Private });
        for (var i = 0; i < 3; i++) db.Sessions.Add(new BgpSession { Router = down, PeerAsn = 65101 + i, PeerIp = $"198.51.100.{i + 1}", AddressFamily = 4, Type = SessionType.Private });
        await db.SaveChangesAsync();
        upIds.AddRange(await db.Sessions.Where(s => s.RouterId == up.Id).Select(s => s.Id).ToListAsync());
        downIds.AddRange(await db.Sessions.Where(s => s.RouterId == down.Id).Select(s => s.Id).ToListAsync());
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<IReadOnlyList<SessionActionOutcome>> Run(SessionAction action, IReadOnlyCollection<int> ids, string? message = null, bool onRouter = true)
    {
        await using var scope = database.Scope();
        var service = new SessionActionService(scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>(), commands, TimeProvider.System);
        return await service.RunAsync(action, ids, message, onRouter);
    }

    [Fact]
    public async Task Admin_down_is_one_call_per_router_with_a_result_per_session_and_an_audit_entry_each()
    {
        var outcomes = await Run(SessionAction.AdminDown, [.. upIds, .. downIds, 9999], "maintenance MNT-1");

        Assert.Equal(2, commands.Calls.Count);
        Assert.Contains(("up", 45, (AdminState?)AdminState.Down, (string?)"maintenance MNT-1"), commands.Calls);
        Assert.Equal(49, outcomes.Count);
        Assert.Equal(45, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => o.RouterName == "down"), o => Assert.Equal("ssh: Connection refused", o.Error));
        Assert.Equal("No such session.", outcomes.Single(o => o.SessionId == 9999).Error);

        await using var db = database.NewContext();
        Assert.Equal(45, await db.Sessions.CountAsync(s => s.DesiredAdminState == AdminState.Down));
        Assert.Equal(45, await db.AuditEntries.CountAsync(a => a.Action == "AdminDown" && a.User == "operator1"));
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == "AdminDownFailed"));
        Assert.Contains("MNT-1", (await db.AuditEntries.FirstAsync(a => a.Action == "AdminDown")).After);
    }

    [Fact]
    public async Task Delete_only_from_peeringhub_does_not_call_the_router()
    {
        var outcomes = await Run(SessionAction.Delete, upIds.Take(2).ToList(), onRouter: false);
        Assert.Empty(commands.Calls);
        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        await using var db = database.NewContext();
        Assert.Equal(43, await db.Sessions.CountAsync(s => s.Router!.Name == "up"));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "Delete" && a.ObjectType == "BgpSession"));
    }

    [Fact]
    public async Task Failed_delete_keeps_the_session()
    {
        await Run(SessionAction.Delete, downIds);
        await using var db = database.NewContext();
        Assert.Equal(3, await db.Sessions.CountAsync(s => s.Router!.Name == "down"));
    }
}
