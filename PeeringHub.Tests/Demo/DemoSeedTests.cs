using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Inventory;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers;
using PeeringHub.Routers.Service;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Demo;

/// <summary>
/// The demo passes the same validation as user data: every seeded entity through the validator the API and forms use, and
/// every seeded session through its router's renderer and check (the simulated routers check with their platform's rules).
/// </summary>
[Trait("Kind", "Unit")]
public class DemoSeedTests : IAsyncLifetime
{
    readonly TestDatabase database = new(configure: s => s.AddRouterDrivers());

    public async Task InitializeAsync()
    {
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<List<string>> ErrorsOf<TEntity, TInput>(Func<PeeringHubDbContext, IQueryable<TEntity>> rows, Func<TEntity, string> label)
        where TEntity : EntityBase where TInput : IEntityInput<TEntity, TInput>
    {
        await using var scope = database.Scope();
        var all = await rows(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>()).AsNoTracking().ToListAsync();
        Assert.NotEmpty(all);
        var validator = scope.ServiceProvider.GetRequiredService<IValidator<TInput>>();
        var errors = new List<string>();
        foreach (var e in all)
            errors.AddRange((await validator.ValidateAsync(TInput.From(e))).Errors.Select(x => $"{label(e)}: {x.PropertyName}: {x.ErrorMessage}"));
        return errors;
    }

    [Fact]
    public async Task EverySeededEntity_PassesTheValidatorUserInputPasses()
    {
        List<string> errors =
        [
            .. await ErrorsOf<Network, NetworkInput>(db => db.Networks, n => $"network AS{n.Asn}"),
            .. await ErrorsOf<Exchange, ExchangeInput>(db => db.Exchanges, x => $"exchange {x.Name}"),
            .. await ErrorsOf<PeeringLan, PeeringLanInput>(db => db.PeeringLans, l => $"LAN {l.Id}"),
            .. await ErrorsOf<Member, MemberInput>(db => db.Members, m => $"member {m.Ipv4Address}"),
            .. await ErrorsOf<Router, RouterInput>(db => db.Routers, r => $"router {r.Name}"),
            .. await ErrorsOf<PeerGroup, PeerGroupInput>(db => db.PeerGroups, g => $"peer group {g.Name}"),
            .. await ErrorsOf<BgpSession, SessionInput>(db => db.Sessions, s => $"session {s.Id} {s.Type} AS{s.PeerAsn} {s.PeerIp}"),
        ];
        Assert.Empty(errors);
    }

    [Fact]
    public async Task EverySeededSession_RendersAndPassesItsRoutersCheck()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var (client, targets) = (scope.ServiceProvider.GetRequiredService<RouterClient>(), scope.ServiceProvider.GetRequiredService<RouterTargetFactory>());
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Router).Include(s => s.PeerGroup).ToListAsync();
        Assert.NotEmpty(sessions);
        Assert.All(sessions, s => Assert.True(RouterPlatform.IsSimulated(s.Router!.Platform)));
        var failures = new List<string>();
        foreach (var s in sessions)
        {
            var router = targets.Create(s.Router!);
            var rendered = await client.RenderAsync(router, targets.Create(s));
            var check = rendered.Succeeded ? await client.CheckAsync(router, rendered.Value!) : null;
            if (check is not { Succeeded: true }) failures.Add($"session {s.Id} on {s.Router!.Name}: {rendered.Message ?? check?.Message}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task DemoExchangeSession_EditedLikeAUserWould_Saves()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Type == SessionType.Exchange && s.PeerAsn >= 64496 && s.PeerAsn <= 64511);
        var input = SessionInput.From(session);
        input.Description = "only the description changed";
        var saved = await scope.ServiceProvider.GetRequiredService<EntityEditor<BgpSession, SessionInput>>().UpdateAsync(session.Id, input);
        Assert.Equal(EditOutcome.Saved, saved.Outcome);
    }
}
