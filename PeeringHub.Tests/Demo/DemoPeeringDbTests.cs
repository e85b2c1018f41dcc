using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Core.Data.Seeding.Demo;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Mail;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Core.Reference.PeeringDb;
using PeeringHub.Core.Sessions.Wizard;
using PeeringHub.Tests.Reference;

namespace PeeringHub.Tests.Demo;

/// <summary>The demo's offline PeeringDB: the shipped snapshot goes through the real file import and links the seed without changing it.</summary>
[Trait("Kind", "Unit")]
public class DemoPeeringDbTests
{
    [Fact]
    public void Snapshot_is_the_api_envelope_of_every_endpoint_the_demo_needs()
    {
        var files = DemoSnapshot.PeeringDbFiles();
        Assert.Equal(["ix", "ixlan", "ixpfx", "net", "netixlan", "org", "poc"], files.Select(f => f.Endpoint).Order());
        foreach (var f in files)
            Assert.NotEmpty(PdbEnvelope.Parse(PdbEndpoints.Get(f.Endpoint), f.Json)); // the same parser the import uses
    }

    [Fact]
    public async Task First_start_links_every_demo_network_exchange_and_lan_and_changes_none_of_their_seeded_values()
    {
        await using var host = new DemoHost();
        await host.SeedAsync();
        using var plain = new ReferenceTestDb();
        await using (var db = plain.NewContext()) await new DemoSeeder(db).SeedAsync();

        var expected = await Shape(plain.NewContext());
        var actual = await host.RunAsync(sp => Shape(sp.GetRequiredService<PeeringHubDbContext>()));
        Assert.Equal(expected, actual);

        var (networks, exchanges, lans) = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PeeringHubDbContext>();
            return (await db.Networks.CountAsync(n => n.PeeringDbId == null), await db.Exchanges.CountAsync(e => e.PeeringDbId == null),
                await db.PeeringLans.CountAsync(l => l.PeeringDbIxLanId == null));
        });
        Assert.Equal((0, 0, 0), (networks, exchanges, lans));
        Assert.True(await host.RunAsync(sp => sp.GetRequiredService<PeeringHubDbContext>().PdbSyncStates.AllAsync(s => s.LastError == null && s.LastSuccessAt != null)));
    }

    /// <summary>What a user sees of the seed: names, policies, AS-SETs, limits, contacts, members' addresses, LAN prefixes.</summary>
    static async Task<string> Shape(PeeringHubDbContext db)
    {
        await using var _ = db;
        var nets = await db.Networks.OrderBy(n => n.Asn).Select(n => $"{n.Asn}|{n.Name}|{n.IrrAsSet}|{n.PeeringPolicy}|{n.MaxPrefixV4}|{n.MaxPrefixV6}|{n.PeeringEmail}|{n.NocEmail}|{n.Website}").ToListAsync();
        var members = await db.Members.OrderBy(m => m.Ipv4Address).Select(m => $"{m.Network!.Asn}|{m.Ipv4Address}|{m.Ipv6Address}|{m.IsRouteServerClient}|{m.PeeringLan!.Name}").ToListAsync();
        var lans = await db.PeeringLans.OrderBy(l => l.Ipv4Prefix).Select(l => $"{l.Exchange!.Name}|{l.Exchange.City}|{l.Exchange.Country}|{l.Exchange.Website}|{l.Name}|{l.Ipv4Prefix}|{l.Ipv6Prefix}").ToListAsync();
        return string.Join("\n", nets.Concat(members).Concat(lans));
    }

    [Fact]
    public async Task Wizard_peeringdb_lookup_finds_a_demo_network_offline()
    {
        await using var host = new DemoHost();
        await host.SeedAsync();
        var (lanId, beacon) = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PeeringHubDbContext>();
            return (await db.PeeringLans.Where(l => l.Ipv4Prefix == "192.0.2.0/24").Select(l => l.Id).SingleAsync(),
                await db.Networks.SingleAsync(n => n.Name == "Beacon DNS (demo)"));
        });
        var found = await host.RunAsync(sp => sp.GetRequiredService<WizardPeerLookup>().SearchPeeringDbAsync(lanId, "beacon"));
        var option = Assert.Single(found);
        Assert.Equal((beacon.Asn, beacon.Id, beacon.PeeringDbId), (option.Asn, option.NetworkId, option.PeeringDbNetId));
        Assert.Equal("192.0.2.27", option.Ipv4);
        Assert.Equal("AS-BEACON", option.AsSet);
        Assert.Single(await host.RunAsync(sp => sp.GetRequiredService<WizardPeerLookup>().SearchPeeringDbAsync(lanId, "AS" + beacon.Asn)));
    }

    [Fact]
    public async Task Email_action_addresses_the_peeringdb_contact_even_when_the_network_has_none()
    {
        await using var host = new DemoHost();
        await host.SeedAsync();
        var (ours, peer) = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PeeringHubDbContext>();
            var p = await db.Networks.SingleAsync(n => n.Name == "Beacon DNS (demo)");
            // Only PeeringDB knows the contacts now.
            p.NocEmail = p.PeeringEmail = p.PolicyEmail = null;
            await db.SaveChangesAsync();
            return (await db.Networks.Where(n => n.IsOurs).Select(n => n.Id).SingleAsync(), p.Id);
        });
        var caller = new PeeringManagerCaller("admin", "admin@demo.example", true, null, true);
        var noc = await host.RunAsync(sp => sp.GetRequiredService<PeerMailComposer>().ComposeAsync(ours, peer, MailPurpose.NocContact, caller));
        Assert.Equal("noc@beacondns.example", noc!.To);
        var request = await host.RunAsync(sp => sp.GetRequiredService<PeerMailComposer>().ComposeAsync(ours, peer, MailPurpose.PeeringRequest, caller));
        Assert.Equal("peering@beacondns.example", request!.To);
    }

    [Fact]
    public void Upload_names_map_to_endpoints_by_file_then_field()
    {
        Assert.Equal("netixlan", PeeringDbUpload.EndpointOf("netixlan.json", "file"));
        Assert.Equal("net", PeeringDbUpload.EndpointOf("C:\\dumps\\NET.json", null));
        Assert.Equal("poc", PeeringDbUpload.EndpointOf("2026-12-01.json", "poc"));
        Assert.Null(PeeringDbUpload.EndpointOf("networks.json", "file"));
        Assert.Null(PeeringDbUpload.EndpointOf(null, null));
    }
}
