using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Reference.PeeringDb;
using PeeringHub.Core.Sessions.Wizard;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Wizard;

/// <summary>The wizard's service against the real migrations in SQLite: building, validating per step, creating in one transaction, looking peers up.</summary>
[Trait("Kind", "Wizard")]
public class WizardServiceTests : IAsyncLifetime
{
    readonly TestDatabase database = new(actor: "operator1");
    PeeringLan lan = null!;
    Router router = null!;
    Router otherRouter = null!;
    PeerGroup otherGroup = null!;
    Network knownPeer = null!;

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        var inv = await Sample.InventoryAsync(db);
        (lan, router, knownPeer) = (inv.Lan, inv.Router, inv.Peer);
        lan.PeeringDbIxLanId = 900;
        knownPeer.Asn = 20001; // Sample's 65001 is private: refused on an exchange
        otherRouter = new Router { Name = "rtr2", Address = "127.0.0.2", SshUser = "lab", LocalAsn = 64500 };
        otherGroup = new PeerGroup { Router = otherRouter, Name = "other" };
        db.AddRange(otherRouter, otherGroup, new Network { Asn = 64501, Name = "Us", IsOurs = true });
        db.Members.Add(new Member { NetworkId = knownPeer.Id, PeeringLanId = lan.Id, Ipv4Address = "185.1.0.21", Ipv6Address = "2001:7f8:ffff::21" });
        // PeeringDB fixture rows: two networks on our LAN's ixlan 900 (one with separate v4/v6 rows), one on another ixlan.
        db.PdbNets.AddRange(
            new PdbNet { Id = 10, Asn = 13335, Name = "Cloudflare", IrrAsSet = "RIPE::AS-CLOUDFLARE AS-CF6", InfoPrefixes4 = 2000, InfoPrefixes6 = 500 },
            new PdbNet { Id = 11, Asn = 15169, Name = "Google LLC", IrrAsSet = "AS-GOOGLE", InfoPrefixes4 = 15000, InfoPrefixes6 = 3000 },
            new PdbNet { Id = 12, Asn = 3356, Name = "Cloudy Elsewhere" });
        db.PdbNetIxLans.AddRange(
            new PdbNetIxLan { Id = 100, NetId = 10, IxLanId = 900, Asn = 13335, Ipaddr4 = "185.1.0.10" },
            new PdbNetIxLan { Id = 101, NetId = 10, IxLanId = 900, Asn = 13335, Ipaddr6 = "2001:7f8:ffff::10" },
            new PdbNetIxLan { Id = 102, NetId = 11, IxLanId = 900, Asn = 15169, Ipaddr4 = "185.1.0.11", Ipaddr6 = "2001:7f8:ffff::11" },
            new PdbNetIxLan { Id = 103, NetId = 12, IxLanId = 901, Asn = 3356, Ipaddr4 = "10.0.0.1" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    WizardState Valid() => new()
    {
        Type = SessionType.Exchange, PeeringLanId = lan.Id, RouterId = router.Id, Method = PeerMethod.Manual,
        PeerName = "New Peer", PeerAsn = 15010, PeerIpv4 = "185.1.0.50", PeerIpv6 = "2001:7f8:ffff::50", Md5Password = "s3cret-pw", Notes = "via wizard",
    };

    async Task<T> With<T>(Func<SessionWizardService, Task<T>> work)
    {
        await using var scope = database.Scope();
        return await work(scope.ServiceProvider.GetRequiredService<SessionWizardService>());
    }

    [Fact]
    public async Task Create_ManualEntryWithBothAddresses_CreatesNetworkAndTwoAuditedSessions()
    {
        var result = await With(s => s.CreateAsync(Valid()));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)) + result.Message);
        await using var db = database.NewContext();
        var network = await db.Networks.SingleAsync(n => n.Asn == 15010);
        Assert.Equal("New Peer", network.Name);
        var sessions = await db.Sessions.Where(s => result.SessionIds.Contains(s.Id)).OrderBy(s => s.AddressFamily).ToListAsync();
        Assert.Equal([4, 6], sessions.Select(s => s.AddressFamily));
        Assert.All(sessions, s => Assert.Equal(network.Id, s.PeerNetworkId));
        Assert.All(sessions, s => Assert.NotNull(s.Md5PasswordProtected));
        Assert.All(sessions, s => Assert.DoesNotContain("s3cret-pw", s.Md5PasswordProtected));
        var audit = await db.AuditEntries.Where(a => a.User == "operator1" && a.Action == "Create").Select(a => a.ObjectType).ToListAsync();
        Assert.Equal(2, audit.Count(t => t == nameof(BgpSession)));
        Assert.Contains(nameof(Network), audit);
    }

    [Fact]
    public async Task Create_OneAddressTakenOnTheRouter_CreatesNothing()
    {
        await using (var db = database.NewContext())
        {
            // The v6 address is taken on this router: the validator catches it, so Create must refuse before writing anything.
            db.Sessions.Add(new BgpSession { RouterId = router.Id, PeerAsn = 65099, PeerIp = "2001:7f8:ffff::50", AddressFamily = 6 });
            await db.SaveChangesAsync();
        }
        var result = await With(s => s.CreateAsync(Valid()));

        Assert.False(result.Succeeded);
        Assert.Equal(["This router already has a session with this peer IP."], result.Errors["PeerIpv6"]);
        await using var check = database.NewContext();
        Assert.False(await check.Networks.AnyAsync(n => n.Asn == 15010));
        Assert.Equal(1, await check.Sessions.CountAsync());
    }

    [Fact]
    public async Task Create_TamperedPeerGroupOfAnotherRouter_IsRefusedServerSide()
    {
        var state = Valid();
        state.PeerGroupId = otherGroup.Id; // a browser that skipped step 2's check, or a forged circuit message

        var result = await With(s => s.CreateAsync(state));

        Assert.False(result.Succeeded);
        Assert.Equal(["This peer group belongs to another router."], result.Errors["PeerGroupId"]);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Sessions.CountAsync());
    }

    [Fact]
    public async Task Validate_OnlyTheStepsFieldsAreReported()
    {
        var state = new WizardState { Type = SessionType.Private, PeeringLanId = lan.Id, PeerIpv4 = "not-an-ip", Md5Password = "has space" };

        var common = await With(s => s.ValidateAsync(state, WizardStep.Common));
        var routerStep = await With(s => s.ValidateAsync(state, WizardStep.Router));
        var peer = await With(s => s.ValidateAsync(state, WizardStep.Peer));

        Assert.Equal(["PeeringLanId"], common.Keys);
        Assert.Equal(["A private or local-peer session is not on an exchange: choose \"No Exchange\"."], common["PeeringLanId"]);
        Assert.Equal(["Md5Password", "RouterId"], routerStep.Keys.Order());
        Assert.Contains("PeerIpv4", peer.Keys);
        Assert.Contains("PeerName", peer.Keys);
        Assert.DoesNotContain("RouterId", peer.Keys);
    }

    [Fact]
    public async Task Validate_AddressOfTheWrongFamilyOrOutsideTheLan_ShownAtThatField()
    {
        var state = Valid();
        state.PeerIpv4 = "2001:7f8:ffff::60";
        state.PeerIpv6 = "2001:db8::1";
        var errors = await With(s => s.ValidateAsync(state, WizardStep.Peer));

        Assert.Equal(["Enter an IPv4 address here; IPv6 goes in the IPv6 field."], errors["PeerIpv4"]);
        Assert.Equal(["The address is not inside the peering LAN's prefix of its family."], errors["PeerIpv6"]);
    }

    [Fact]
    public async Task PeeringDbLookup_FindsTheLansMembersByNameOrAsn_WithAddressesAndLimits()
    {
        await using var scope = database.Scope();
        var lookup = scope.ServiceProvider.GetRequiredService<WizardPeerLookup>();

        var byName = await lookup.SearchPeeringDbAsync(lan.Id, "cloud");
        var byAsn = await lookup.SearchPeeringDbAsync(lan.Id, "AS15169");

        var cf = Assert.Single(byName); // "Cloudy Elsewhere" is on another ixlan
        Assert.Equal(new WizardPeerOption(null, 10, 13335, "Cloudflare", "185.1.0.10", "2001:7f8:ffff::10", 2000, 500, "RIPE::AS-CLOUDFLARE"), cf);
        Assert.Equal("Google LLC", Assert.Single(byAsn).Name);

        var state = Valid();
        state.Apply(cf);
        var result = await With(s => s.CreateAsync(state));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        await using var db = database.NewContext();
        var network = await db.Networks.SingleAsync(n => n.Asn == 13335);
        Assert.Equal(10, network.PeeringDbId);
        Assert.Equal(2, await db.Sessions.CountAsync(s => s.PeerNetworkId == network.Id && s.AsSetName == "RIPE::AS-CLOUDFLARE" && s.PeeringLanId == lan.Id));
    }

    [Fact]
    public async Task LocalLookup_FindsNetworkByNameOrMemberByAddress_AndUsesIt()
    {
        await using var scope = database.Scope();
        var lookup = scope.ServiceProvider.GetRequiredService<WizardPeerLookup>();

        var byIp = Assert.Single(await lookup.SearchLocalAsync(lan.Id, "2001:7f8:ffff::21"));
        var byName = Assert.Single(await lookup.SearchLocalAsync(lan.Id, "peer on"));
        Assert.Empty(await lookup.SearchLocalAsync(lan.Id, "Us")); // our own networks are not peers

        Assert.Equal(byIp, byName);
        Assert.Equal((knownPeer.Id, "185.1.0.21", "2001:7f8:ffff::21"), (byIp.NetworkId!.Value, byIp.Ipv4, byIp.Ipv6));
        var state = Valid();
        state.Apply(byIp);
        var result = await With(s => s.CreateAsync(state));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        await using var db = database.NewContext();
        Assert.Equal(2, await db.Sessions.CountAsync(s => s.PeerNetworkId == knownPeer.Id));
        Assert.Equal(2, await db.Networks.CountAsync()); // the peer and ours: nothing new
    }

    [Fact]
    public async Task Validate_LocalAsnMustBeTheRoutersOrOneOfOurs()
    {
        var state = Valid();
        state.LocalAsn = 64999;
        Assert.Equal(["Pick the router's ASN or one of our networks' ASNs."], (await With(s => s.ValidateAsync(state, WizardStep.Router)))["LocalAsn"]);
        state.LocalAsn = 64501;
        Assert.Empty(await With(s => s.ValidateAsync(state, WizardStep.Router)));
    }
}
