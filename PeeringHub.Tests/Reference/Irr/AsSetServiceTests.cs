using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Reference.Irr;

namespace PeeringHub.Tests.Reference.Irr;

[Trait("Kind", "Reference")]
public class AsSetServiceTests
{
    private static Task<T> Svc<T>(IrrHarness h, Func<AsSetService, Task<T>> f) => h.InScope(sp => f(sp.GetRequiredService<AsSetService>()));

    [Fact]
    public async Task Import_stores_the_expansion_and_serves_it_from_cache_until_the_ttl_passes()
    {
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:CacheTtl"] = "01:00:00" });
        Assert.Null(await Svc(h, s => s.GetAsync("AS-PH-DOWNSTREAM")));

        var first = await Svc(h, s => s.ImportAsync("as-ph-downstream"));
        Assert.False(first.FromCache);
        Assert.Equal(new long[] { 64502, 64503, 64504 }, first.AsSet.MemberAsns);
        Assert.Equal(["100.64.0.0/22", "100.64.0.0/24", "100.64.4.0/24", "198.18.0.0/15"], first.AsSet.Ipv4Prefixes);
        Assert.Equal(h.Clock.Now.UtcDateTime, first.AsSet.ImportedAt);
        var queries = h.Server.Commands.Count(c => c.StartsWith("!i"));

        h.Clock.Now = h.Clock.Now.AddMinutes(59);
        var cached = await Svc(h, s => s.ImportAsync("AS-PH-DOWNSTREAM"));
        Assert.True(cached.FromCache);
        Assert.Equal(queries, h.Server.Commands.Count(c => c.StartsWith("!i")));

        h.Clock.Now = h.Clock.Now.AddMinutes(2);
        Assert.False((await Svc(h, s => s.ImportAsync("AS-PH-DOWNSTREAM"))).FromCache);
        Assert.Equal(queries + 1, h.Server.Commands.Count(c => c.StartsWith("!i")));
        Assert.False((await Svc(h, s => s.ImportAsync("AS-PH-DOWNSTREAM", force: true))).FromCache);

        var stored = await Svc(h, s => s.GetAsync("AS-PH-DOWNSTREAM"));
        Assert.Equal(first.AsSet.Ipv4Prefixes, stored!.Ipv4Prefixes);
        await using var db = h.Db.NewContext();
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.ObjectType == "AsSet" && a.User == "irr-test");
    }

    [Fact]
    public async Task Source_qualified_sets_are_stored_apart()
    {
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:Sources"] = "RIPE" });
        var r = await Svc(h, s => s.ImportAsync("RADB::AS-PH-OTHER"));
        Assert.Equal(("AS-PH-OTHER", "RADB"), (r.AsSet.Name, r.AsSet.Source));
        Assert.NotNull(await Svc(h, s => s.GetAsync("RADB::AS-PH-OTHER")));
        Assert.Null(await Svc(h, s => s.GetAsync("AS-PH-OTHER")));
    }

    [Fact]
    public async Task Validate_answers_with_reasons_instead_of_throwing()
    {
        await using var h = new IrrHarness(new() { ["PeeringHub:Irr:MaxSetSize"] = "100" });
        var ok = await Svc(h, s => s.ValidateAsync("AS-PH-CUSTOMERS"));
        Assert.True(ok.Valid);
        Assert.Equal(6, ok.MemberCount);
        Assert.DoesNotContain(h.Server.Commands, c => c.StartsWith("!g")); // validation needs no routes

        var missing = await Svc(h, s => s.ValidateAsync("AS-PH-NOPE"));
        Assert.Equal((false, IrrErrorKind.NotFound), (missing.Valid, missing.ErrorKind));
        var huge = await Svc(h, s => s.ValidateAsync("AS-PH-HUGE"));
        Assert.Equal((false, IrrErrorKind.TooLarge), (huge.Valid, huge.ErrorKind));
        Assert.Contains("150", huge.Error);
        var bad = await Svc(h, s => s.ValidateAsync("not a set"));
        Assert.Equal(IrrErrorKind.InvalidName, bad.ErrorKind);
    }

    [Fact]
    public async Task Validate_stamps_a_stored_set()
    {
        await using var h = new IrrHarness();
        await Svc(h, s => s.ImportAsync("AS64500"));
        h.Clock.Now = h.Clock.Now.AddHours(1);
        await Svc(h, s => s.ValidateAsync("AS64500"));
        Assert.Equal(h.Clock.Now.UtcDateTime, (await Svc(h, s => s.GetAsync("AS64500")))!.ValidatedAt);
    }

    [Fact]
    public async Task Import_of_a_missing_set_throws_not_found_and_stores_nothing()
    {
        await using var h = new IrrHarness();
        var err = await Assert.ThrowsAsync<IrrException>(() => Svc(h, s => s.ImportAsync("AS-PH-NOPE")));
        Assert.Equal(IrrErrorKind.NotFound, err.Kind);
        await using var db = h.Db.NewContext();
        Assert.Equal(0, await db.AsSets.CountAsync());
    }
}
