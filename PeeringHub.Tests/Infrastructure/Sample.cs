using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>Small, valid objects to build tests on.</summary>
public static class Sample
{
    public const string Key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----";

    public static async Task<(Exchange Ix, PeeringLan Lan, Network Peer, Router Router)> InventoryAsync(PeeringHubDbContext db)
    {
        var ix = new Exchange { Name = "TEST-IX" };
        var lan = new PeeringLan { Exchange = ix, Name = "LAN", Ipv4Prefix = "185.1.0.0/24", Ipv6Prefix = "2001:7f8:ffff::/64" };
        var peer = new Network { Asn = 65001, Name = "Peer One" };
        var router = new Router { Name = "rtr1", Address = "127.0.0.1", SshUser = "lab", LocalAsn = 64500 };
        db.AddRange(ix, lan, peer, router);
        await db.SaveChangesAsync();
        return (ix, lan, peer, router);
    }
}
