using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Tests.Reference.PeeringDb;

[Trait("Kind", "Reference")]
public class PeeringDbLinkTests
{
    private static Task<PeeringDbSyncResult> Sync(PeeringDbHarness h) =>
        h.InScope(sp => sp.GetRequiredService<PeeringDbSyncService>().SyncAsync());

    private static async Task LinkFixtureObjects(PeeringDbHarness h)
    {
        await h.InScope(async sp =>
        {
            var links = sp.GetRequiredService<PeeringDbLinkService>();
            await links.CreateExchangeAsync(31);
            foreach (var asn in new long[] { 6939, 13335, 15169 })
                await links.CreateNetworkAsync(asn);
            return await links.RefreshAllAsync();
        });
    }

    [Fact]
    public async Task Networks_and_exchanges_are_created_from_PeeringDB_with_derived_fields_and_members()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        Assert.True((await Sync(h)).Success);
        await LinkFixtureObjects(h);

        await using var db = h.Db.NewContext();
        var he = await db.Networks.SingleAsync(n => n.Asn == 6939);
        Assert.Equal((20, "Hurricane Electric", "RADB::AS-HURRICANE", 150000, 80000, "Open"),
            (he.PeeringDbId!.Value, he.Name, he.IrrAsSet, he.MaxPrefixV4!.Value, he.MaxPrefixV6!.Value, he.PeeringPolicy));
        Assert.Equal(("noc@he.net", "peering@he.net", "peering@he.net"), (he.NocEmail, he.PeeringEmail, he.PolicyEmail));
        Assert.Equal("peering@cloudflare.com", (await db.Networks.SingleAsync(n => n.Asn == 13335)).PeeringEmail); // Technical fallback

        var ex = await db.Exchanges.Include(e => e.Lans).ThenInclude(l => l.Members).SingleAsync(e => e.PeeringDbId == 31);
        Assert.Equal("DE-CIX Frankfurt", ex.Name);
        var lan = Assert.Single(ex.Lans);
        Assert.Equal(("80.81.192.0/21", "2001:7f8::/64", 31), (lan.Ipv4Prefix, lan.Ipv6Prefix, lan.PeeringDbIxLanId!.Value));
        Assert.Equal(3, lan.Members.Count);
        var heMember = lan.Members.Single(m => m.NetworkId == he.Id);
        Assert.Equal(("80.81.192.172", "2001:7f8::1b1b:0:1", true), (heMember.Ipv4Address, heMember.Ipv6Address, heMember.IsRouteServerClient));
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.User == "pdb-test");
    }

    [Fact]
    public async Task Sync_refreshes_linked_fields_except_those_marked_keep_my_value()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        Assert.True((await Sync(h)).Success);
        await LinkFixtureObjects(h);
        await using (var db = h.Db.NewContext())
        {
            var he = await db.Networks.SingleAsync(n => n.Asn == 6939);
            he.MaxPrefixV4 = 200000;
            he.KeepFields.Add(nameof(Network.MaxPrefixV4));
            var google = await db.Members.Include(m => m.Network).SingleAsync(m => m.Network!.Asn == 15169);
            google.IsRouteServerClient = false;
            google.KeepFields.Add(nameof(Member.IsRouteServerClient));
            await db.SaveChangesAsync();
        }

        var inc = await Sync(h);
        Assert.True(inc.Success, string.Join("; ", inc.Errors));
        Assert.Equal(2, inc.Links!.NetworksUpdated);   // HE renamed; Google lost its NOC contact
        Assert.Equal(2, inc.Links.MembersUpdated);
        Assert.Empty(inc.Links.Conflicts);

        await using var after = h.Db.NewContext();
        var heAfter = await after.Networks.SingleAsync(n => n.Asn == 6939);
        Assert.Equal("Hurricane Electric LLC", heAfter.Name);     // refreshed
        Assert.Equal(200000, heAfter.MaxPrefixV4);                 // kept, although PeeringDB now says 160000
        Assert.Null((await after.Networks.SingleAsync(n => n.Asn == 15169)).NocEmail);
        var members = await after.Members.Include(m => m.Network).ToListAsync();
        var g = members.Single(m => m.Network!.Asn == 15169);
        Assert.Equal("80.81.193.109", g.Ipv4Address);              // the netixlan was replaced; addresses follow
        Assert.False(g.IsRouteServerClient);                       // kept, although PeeringDB now says true
        Assert.False(members.Single(m => m.Network!.Asn == 13335).IsRouteServerClient); // not kept: follows PeeringDB
        Assert.Contains(await after.AuditEntries.ToListAsync(), a => a.ObjectType == nameof(Network) && a.User == "pdb-test");
    }

    [Fact]
    public async Task Creating_an_unknown_asn_is_a_clear_error()
    {
        await using var h = await PeeringDbHarness.StartAsync();
        await Sync(h);
        var ex = await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            h.InScope(sp => sp.GetRequiredService<PeeringDbLinkService>().CreateNetworkAsync(64511)));
        Assert.Contains("AS64511", ex.Message);
    }
}
