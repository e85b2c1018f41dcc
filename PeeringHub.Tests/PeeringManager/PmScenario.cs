using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>
/// A small exchange: our network AS64500 (route-server client) and three peers on an enabled LAN — AS64501 (RS client, PeeringDB
/// Policy contact), AS64502 (RS client, detected bilaterally in sFlow), AS64503 (no RS) — plus a disabled LAN.
/// </summary>
public sealed record PmScenario(int LanId, int DisabledLanId, int Ours, int Rs, int Detected, int Plain)
{
    public const string PolicyContact = "policy@as64501.example";
    public const string OurPeeringEmail = "peering@as64500.example";

    public static async Task<PmScenario> SeedAsync(PeeringHubDbContext db, DateTime now)
    {
        var ix = new Exchange { Name = "Test-IX" };
        var lan = new PeeringLan { Exchange = ix, Name = "Test-IX LAN", Ipv4Prefix = "192.0.2.0/24", Ipv6Prefix = "2001:db8::/64", PeeringManagerEnabled = true };
        var off = new PeeringLan { Exchange = ix, Name = "Other LAN", Ipv4Prefix = "198.51.100.0/24", PeeringManagerEnabled = false };
        var ours = new Network { Asn = 64500, Name = "Our Net", IsOurs = true, PeeringEmail = OurPeeringEmail, NocEmail = "noc@as64500.example", IrrAsSet = "AS-OURS", MaxPrefixV4 = 100, MaxPrefixV6 = 20 };
        var rs = new Network { Asn = 64501, Name = "RS Peer", PeeringDbId = 501, PeeringEmail = "fallback@as64501.example", PeeringPolicy = "Open" };
        var detected = new Network { Asn = 64502, Name = "Detected Peer", PeeringEmail = "peering@as64502.example" };
        var plain = new Network { Asn = 64503, Name = "Plain Peer" };
        db.AddRange(ix, lan, off, ours, rs, detected, plain);
        db.AddRange(
            new Member { Network = ours, PeeringLan = lan, Ipv4Address = "192.0.2.1", Ipv6Address = "2001:db8::1", IsRouteServerClient = true },
            new Member { Network = rs, PeeringLan = lan, Ipv4Address = "192.0.2.2", Ipv6Address = "2001:db8::2", IsRouteServerClient = true },
            new Member { Network = detected, PeeringLan = lan, Ipv4Address = "192.0.2.3", IsRouteServerClient = true },
            new Member { Network = plain, PeeringLan = lan, Ipv4Address = "192.0.2.4" },
            new Member { Network = ours, PeeringLan = off, Ipv4Address = "198.51.100.1" },
            new Member { Network = plain, PeeringLan = off, Ipv4Address = "198.51.100.4" });
        await db.SaveChangesAsync();
        db.DetectedSessions.Add(new DetectedSession
        {
            PeeringLanId = lan.Id, AddressFamily = 4, AddressA = "192.0.2.1", AddressB = "192.0.2.3", FirstSeen = now.AddDays(-10), LastSeen = now.AddHours(-1),
            Samples = 20, SessionMessageSamples = 12, ReverseSamples = 9,
        });
        db.PdbPocs.Add(new PdbPoc { Id = 9001, NetId = 501, Role = "Policy", Name = "Peering desk", Email = PolicyContact, Visible = "Public" });
        db.PdbPocs.Add(new PdbPoc { Id = 9002, NetId = 501, Role = "NOC", Name = "NOC", Email = "noc@as64501.example", Visible = "Public" });
        await db.SaveChangesAsync();
        return new PmScenario(lan.Id, off.Id, ours.Id, rs.Id, detected.Id, plain.Id);
    }
}
