using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Data.Seeding;

/// <summary>
/// A small, clearly labelled demo: two exchanges with IPv4/IPv6 LANs, 32 networks with documentation ASNs
/// (RFC 5398) and documentation addresses (RFC 5737, RFC 3849), one of them ours with two simulated routers (BIRD 2 and FRR), and
/// sessions of every type. Every entity passes the same validators as user input (a test walks the seed).
/// </summary>
public sealed class DemoSeeder(PeeringHubDbContext db)
{
    static readonly string[] Names =
    [
        "Nordwind Transit", "Alpine Fibre", "Harbour Cloud", "Lakeside Broadband", "Meridian Hosting", "Kestrel CDN", "Bluefjord Telecom",
        "Cedar Networks", "Orbit Streaming", "Granite Data Centres", "Polaris Mobile", "Riverbend ISP", "Summit Gaming", "Tundra Backbone",
        "Vega Content", "Willow Access", "Atlas Carrier", "Beacon DNS", "Copperline Cable", "Delta Research Net", "Ember Video",
        "Falcon Edge", "Glacier Web Services", "Horizon Satellite", "Ion University Network", "Juniper Valley Wireless", "Krypton Security",
        "Lumen Archive", "Maple Municipal Net", "Nimbus Storage", "Oak Exchange Services",
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var ours = new Network { Asn = 64496, Name = "PeeringHub Demo Net (ours)", IsOurs = true, IrrAsSet = "AS-PHDEMO", PeeringPolicy = "Open",
            PeeringEmail = "peering@demo.example", NocEmail = "noc@demo.example", MaxPrefixV4 = 50, MaxPrefixV6 = 20, Notes = "Demo data" };
        var peers = Names.Select((name, i) => new Network
        {
            Asn = i < 15 ? 64497 + i : 65536 + (i - 15), Name = $"{name} (demo)", PeeringPolicy = (i % 3) switch { 0 => "Open", 1 => "Selective", _ => "Restrictive" },
            IrrAsSet = $"AS-{name.Split(' ')[0].ToUpperInvariant()}", PeeringEmail = $"peering@{Slug(name)}.example", NocEmail = $"noc@{Slug(name)}.example",
            MaxPrefixV4 = 10 + i * 7, MaxPrefixV6 = 5 + i * 3,
        }).ToList();
        db.Networks.Add(ours);
        db.Networks.AddRange(peers);

        var ix1 = new Exchange { Name = "DEMO-IX Frankfurt", City = "Frankfurt", Country = "DE", Website = "https://ix1.demo.example" };
        var ix2 = new Exchange { Name = "DEMO-IX Amsterdam", City = "Amsterdam", Country = "NL", Website = "https://ix2.demo.example" };
        var lan1 = new PeeringLan { Exchange = ix1, Name = "Peering LAN", VlanId = 100, Ipv4Prefix = "192.0.2.0/24", Ipv6Prefix = "2001:db8:1::/64", PeeringManagerEnabled = true, PeeringMatrixEnabled = true };
        var lan2 = new PeeringLan { Exchange = ix2, Name = "Peering LAN", VlanId = 200, Ipv4Prefix = "198.51.100.0/24", Ipv6Prefix = "2001:db8:2::/64", PeeringManagerEnabled = true, PeeringMatrixEnabled = true };
        db.AddRange(ix1, ix2, lan1, lan2);

        db.Members.Add(new Member { Network = ours, PeeringLan = lan1, Ipv4Address = "192.0.2.1", Ipv6Address = "2001:db8:1::1", IsRouteServerClient = true });
        db.Members.Add(new Member { Network = ours, PeeringLan = lan2, Ipv4Address = "198.51.100.1", Ipv6Address = "2001:db8:2::1", IsRouteServerClient = true });
        for (var i = 0; i < peers.Count; i++)
        {
            db.Members.Add(new Member { Network = peers[i], PeeringLan = lan1, Ipv4Address = $"192.0.2.{10 + i}", Ipv6Address = $"2001:db8:1::{10 + i:x}", IsRouteServerClient = i % 4 != 0 });
            if (i % 2 == 0)
                db.Members.Add(new Member { Network = peers[i], PeeringLan = lan2, Ipv4Address = $"198.51.100.{10 + i}", Ipv6Address = $"2001:db8:2::{10 + i:x}", IsRouteServerClient = i % 3 != 0 });
        }

        // Simulated in-process routers (PeeringHub.Routers.Simulated): polled, flapping now and then, and configured through the
        // same render → check → apply → watch path as real ones; no SSH, so nothing to set up before the board is live.
        var edge1 = new Router { Name = "edge1.fra", Platform = RouterPlatform.SimulatedBird2, Transport = RouterTransport.Simulated, Address = "192.0.2.250",
            LocalAsn = 64496, Network = ours, Enabled = true };
        var edge2 = new Router { Name = "edge2.ams", Platform = RouterPlatform.SimulatedFrr, Transport = RouterTransport.Simulated, Address = "198.51.100.250",
            LocalAsn = 64496, Network = ours, Enabled = true };
        var g1 = new PeerGroup { Router = edge1, Name = "IX_PEERS", Description = "Bilateral exchange peers" };
        var g2 = new PeerGroup { Router = edge2, Name = "IX_PEERS", Description = "Bilateral exchange peers" };
        db.AddRange(edge1, edge2, g1, g2);

        var states = new[] { BgpState.Established, BgpState.Established, BgpState.Established, BgpState.Active, BgpState.Idle, BgpState.Connect };
        var sessions = new List<BgpSession>();
        for (var i = 0; i < 16; i++)
        {
            var p = peers[i];
            sessions.Add(Session(SessionType.Exchange, edge1, g1, lan1, p, $"192.0.2.{10 + i}", 4, states[i % states.Length]));
            if (i % 2 == 0) sessions.Add(Session(SessionType.Exchange, edge1, g1, lan1, p, $"2001:db8:1::{10 + i:x}", 6, states[(i + 1) % states.Length]));
        }
        for (var i = 0; i < 10; i += 2)
            sessions.Add(Session(SessionType.Exchange, edge2, g2, lan2, peers[i], $"198.51.100.{10 + i}", 4, states[(i + 2) % states.Length]));
        // Route servers of both exchanges, private interconnects and a local peer.
        sessions.Add(Session(SessionType.RouteServer, edge1, null, lan1, null, "192.0.2.253", 4, BgpState.Established, 64511, "DEMO-IX Frankfurt RS1"));
        sessions.Add(Session(SessionType.RouteServer, edge1, null, lan1, null, "2001:db8:1::fd", 6, BgpState.Established, 64511, "DEMO-IX Frankfurt RS1"));
        sessions.Add(Session(SessionType.RouteServer, edge2, null, lan2, null, "198.51.100.253", 4, BgpState.Established, 64510, "DEMO-IX Amsterdam RS1"));
        sessions.Add(Session(SessionType.RouteServer, edge2, null, lan2, null, "2001:db8:2::fd", 6, BgpState.Active, 64510, "DEMO-IX Amsterdam RS1"));
        sessions.Add(Session(SessionType.Private, edge1, null, null, peers[20], "203.0.113.1", 4, BgpState.Established));
        sessions.Add(Session(SessionType.Private, edge1, null, null, peers[21], "203.0.113.5", 4, BgpState.Idle));
        sessions.Add(Session(SessionType.Private, edge2, null, null, peers[22], "203.0.113.9", 4, BgpState.Established));
        sessions.Add(Session(SessionType.Private, edge2, null, null, peers[22], "2001:db8:ffff::9", 6, BgpState.Established));
        sessions.Add(Session(SessionType.LocalPeer, edge1, null, null, ours, "203.0.113.254", 4, BgpState.Established, 64496, "iBGP edge2.ams"));
        sessions.Add(Session(SessionType.LocalPeer, edge2, null, null, ours, "203.0.113.253", 4, BgpState.Established, 64496, "iBGP edge1.fra"));
        sessions[4].DesiredAdminState = AdminState.Down;
        sessions[4].State = BgpState.AdminDown;
        db.Sessions.AddRange(sessions);
        await db.SaveChangesAsync(ct);
    }

    static BgpSession Session(SessionType type, Router router, PeerGroup? group, PeeringLan? lan, Network? peer, string ip, int family, BgpState state,
        long? asn = null, string? description = null) => new()
    {
        Type = type, Router = router, PeerGroup = group, PeeringLan = lan, PeerNetwork = peer, PeerAsn = asn ?? peer!.Asn, PeerIp = ip, AddressFamily = family,
        Description = description ?? peer?.Name, State = state, StateSince = DateTime.UtcNow.AddHours(-ip.Length * 7),
        PrefixesReceived = state == BgpState.Established ? 3 + ip.Length : null, PrefixesAccepted = state == BgpState.Established ? 2 + ip.Length : null,
        LastError = state is BgpState.Active or BgpState.Connect ? "Socket: Connection refused" : null,
    };

    static string Slug(string name) => new(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
