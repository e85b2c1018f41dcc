using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Unit;

/// <summary>The database itself refuses what the validators refuse, so a bug or a script cannot store bad data.</summary>
[Trait("Kind", "Unit")]
public class ModelConstraintTests : IAsyncLifetime
{
    readonly TestDatabase database = new();
    Router router = null!;
    PeeringLan lan = null!;

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        (_, lan, _, router) = await Sample.InventoryAsync(db);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<string> Refused(Action<Core.Data.PeeringHubDbContext> add)
    {
        await using var db = database.NewContext();
        add(db);
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        return ex.InnerException!.Message;
    }

    BgpSession Session(string ip, int family, int? lanId = null) =>
        new() { RouterId = router.Id, PeerAsn = 65001, PeerIp = ip, AddressFamily = family, PeeringLanId = lanId };

    [Theory]
    [InlineData(0L)]
    [InlineData(4294967296L)]
    public async Task Asn_outside_range_is_refused(long asn) =>
        Assert.Contains("CK_Networks_Asn", await Refused(db => db.Networks.Add(new Network { Asn = asn, Name = "bad" })));

    [Fact]
    public async Task One_session_per_router_and_peer_ip()
    {
        await using (var db = database.NewContext())
        {
            db.Sessions.Add(Session("185.1.0.11", 4));
            await db.SaveChangesAsync();
        }
        Assert.Contains("UNIQUE constraint failed: Sessions.RouterId, Sessions.PeerIp", await Refused(db => db.Sessions.Add(Session("185.1.0.11", 4))));
    }

    [Fact]
    public async Task Address_family_must_match_the_address() =>
        Assert.Contains("CK_Sessions_Family", await Refused(db => db.Sessions.Add(Session("185.1.0.12", 6))));

    [Fact]
    public async Task Session_family_must_exist_on_its_lan()
    {
        await using (var db = database.NewContext())
        {
            var v4only = new PeeringLan { ExchangeId = lan.ExchangeId, Name = "v4 only", Ipv4Prefix = "185.9.0.0/24" };
            db.PeeringLans.Add(v4only);
            await db.SaveChangesAsync();
            lan = v4only;
        }
        Assert.Contains("session address family has no prefix on its peering LAN", await Refused(db => db.Sessions.Add(Session("2001:7f8:9::1", 6, lan.Id))));
    }

    [Fact]
    public async Task Member_ipv4_column_takes_only_ipv4() =>
        Assert.Contains("CK_Members_Ipv4", await Refused(db => db.Members.Add(new Member { NetworkId = 1, PeeringLanId = lan.Id, Ipv4Address = "2001:7f8:ffff::1" })));

    [Fact]
    public async Task Exchange_names_are_unique() =>
        Assert.Contains("UNIQUE constraint failed: Exchanges.Name", await Refused(db => db.Exchanges.Add(new Exchange { Name = "TEST-IX" })));
}
