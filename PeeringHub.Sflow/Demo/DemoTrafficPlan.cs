using System.Net;

namespace PeeringHub.Sflow.Demo;

/// <summary>
/// Which member pairs of one demo LAN talk, and how, in every round of the demo sender:
/// <list type="bullet">
/// <item>Established BGP (KEEPALIVE/UPDATE both ways on TCP 179): our network with the first two members we have no session with
/// (the peering manager shows them as Peers from sFlow alone), and pairs of other members (the matrix's bilateral cells).</item>
/// <item>Refused BGP (SYN, answered by RST): our network with the next route-server client we have no session with; it stays a
/// Potential Bilateral peer, with the refused attempts as its sFlow evidence.</item>
/// <item>Other traffic (HTTPS) between further pairs: seen by the collector, never a BGP detection.</item>
/// </list>
/// Deterministic for a given member list, so a restart shows the same picture.
/// </summary>
public sealed class DemoTrafficPlan
{
    public IReadOnlyList<(DemoPeer A, DemoPeer B)> Established { get; }
    public IReadOnlyList<(DemoPeer From, DemoPeer To)> Refused { get; }
    public IReadOnlyList<(DemoPeer A, DemoPeer B)> Other { get; }

    public DemoTrafficPlan(IReadOnlyList<DemoPeer> members)
    {
        var ours = members.FirstOrDefault(m => m.IsOurs && m.Ipv4 is not null);
        var others = members.Where(m => !m.IsOurs && m.Ipv4 is not null).OrderBy(m => m.Asn).ThenBy(m => m.NetworkId).ToList();
        var free = others.Where(m => !m.HasOurSession).ToList();
        var established = new List<(DemoPeer, DemoPeer)>();
        var refused = new List<(DemoPeer, DemoPeer)>();
        if (ours is not null)
        {
            established.AddRange(free.Take(2).Select(p => (ours, p)));
            if (ours.RouteServerClient && free.Skip(2).FirstOrDefault(p => p.RouteServerClient) is { } target) refused.Add((ours, target));
        }
        // Other members among themselves: every third neighbour pair peers bilaterally, the next one only exchanges HTTPS.
        var other = new List<(DemoPeer, DemoPeer)>();
        for (var i = 0; i + 1 < others.Count && established.Count < 10; i += 3)
        {
            established.Add((others[i], others[i + 1]));
            if (i + 2 < others.Count) other.Add((others[i + 1], others[i + 2]));
        }
        Established = established;
        Refused = refused;
        Other = other;
    }

    /// <summary>The samples of one round on a LAN with VLAN <paramref name="vlan"/>; <paramref name="round"/> alternates directions and message types.</summary>
    public IReadOnlyList<DemoFlow> Round(ushort vlan, long round)
    {
        var flows = new List<DemoFlow>();
        foreach (var (a, b) in Established)
        {
            // A session is a connection from one side's ephemeral port to the other's 179; both sides send KEEPALIVEs, now and then an UPDATE.
            var type = round % 5 == 0 ? (byte)2 : (byte)4;
            var length = type == 2 ? 96 : 19;
            flows.Add(new DemoFlow(vlan, a.Ipv4!, b.Ipv4!, 179, 40179, DemoFlow.Ack | DemoFlow.Psh, type, length));
            flows.Add(new DemoFlow(vlan, b.Ipv4!, a.Ipv4!, 40179, 179, DemoFlow.Ack | DemoFlow.Psh, 4, 19));
            if (a.Ipv6 is not null && b.Ipv6 is not null && round % 2 == 0)
                flows.Add(new DemoFlow(vlan, a.Ipv6, b.Ipv6, 179, 40180, DemoFlow.Ack | DemoFlow.Psh, 4, 19));
        }
        foreach (var (from, to) in Refused)
        {
            flows.Add(new DemoFlow(vlan, from.Ipv4!, to.Ipv4!, (ushort)(50000 + round % 1000), 179, DemoFlow.Syn));
            flows.Add(new DemoFlow(vlan, to.Ipv4!, from.Ipv4!, 179, (ushort)(50000 + round % 1000), DemoFlow.Rst | DemoFlow.Ack));
        }
        foreach (var (a, b) in Other)
            flows.Add(new DemoFlow(vlan, a.Ipv4!, b.Ipv4!, 443, 51000, DemoFlow.Ack | DemoFlow.Psh, 0, 1200));
        return flows;
    }
}
