using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Demo;
using PeeringHub.Sflow.Matrix;

namespace PeeringHub.Tests.Demo;

/// <summary>
/// The demo's live sFlow: the sender's datagrams go over UDP loopback through the real collector, decoder and detection, and the
/// peering manager and the matrix (one computation) show the same relation for every pair.
/// </summary>
[Trait("Kind", "Sflow")]
public class DemoSflowTests
{
    [Fact]
    public async Task Sender_fills_the_peering_manager_and_the_matrix_and_both_agree_on_every_pair()
    {
        await using var host = new DemoHost();
        await host.SeedAsync();
        // Production with an empty allow-list refuses every agent; the demo accepts its own loopback sender besides it.
        var sflow = host.Services.GetRequiredService<IOptions<SflowOptions>>().Value;
        Assert.Empty(sflow.AgentAllowList);
        Assert.Equal(["127.0.0.1"], sflow.DemoAgents);
        var collector = await host.StartAsync<SflowCollectorService>();
        await collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var sender = await host.StartAsync<DemoSflowSender>();

        var (lanId, ours, atlas, beacon, copperline, nordwind) = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PeeringHubDbContext>();
            async Task<int> Id(string name) => await db.Networks.Where(n => n.Name == name).Select(n => n.Id).SingleAsync();
            return (await db.PeeringLans.Where(l => l.Ipv4Prefix == "192.0.2.0/24").Select(l => l.Id).SingleAsync(),
                await db.Networks.Where(n => n.IsOurs).Select(n => n.Id).SingleAsync(),
                await Id("Atlas Carrier (demo)"), await Id("Beacon DNS (demo)"), await Id("Copperline Cable (demo)"), await Id("Nordwind Transit (demo)"));
        });
        var caller = new PeeringManagerCaller("admin", null, true, null, true);
        PeeringManagerView view = null!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(500);
            view = await host.RunAsync(sp => sp.GetRequiredService<PeeringManagerService>().LoadAsync(caller, ours, lanId));
        } while (DateTime.UtcNow < deadline && !(Row(atlas).Reasons.HasFlag(PeeringReason.DetectedBilateral) && Row(copperline).Reasons.HasFlag(PeeringReason.DetectedRefused)));
        TabRow Row(int network) => view.Rows.Single(r => r.NetworkId == network);

        Assert.True(sender.Sent > 0);
        Assert.Equal(PeeringTab.Peers, Row(atlas).Tab);
        Assert.Equal(PeeringReason.DetectedBilateral, Row(atlas).Reasons); // Atlas is no route-server client and we have no session: sFlow alone
        Assert.True(Row(atlas).DetectedFirstSeen <= Row(atlas).DetectedLastSeen);
        Assert.True(Row(beacon).Reasons.HasFlag(PeeringReason.DetectedBilateral));
        Assert.Equal(PeeringTab.PotentialBilateral, Row(copperline).Tab);
        Assert.Equal(PeeringReason.RouteServer | PeeringReason.DetectedRefused, Row(copperline).Reasons);
        Assert.Contains("sFlow: connection refused", Row(copperline).Why);

        var matrix = await host.Services.GetRequiredService<PeeringMatrixService>().GetMatrixAsync(lanId, 4);
        var oursMember = matrix.Members.Single(m => m.NetworkId == ours).MemberId;
        foreach (var row in view.Rows)
        {
            var peerMember = matrix.Members.Single(m => m.NetworkId == row.NetworkId).MemberId;
            var (tab, reasons) = matrix.Get(oursMember, peerMember)!.ViewFrom(oursMember);
            Assert.Equal((row.Tab, row.Reasons), (tab, reasons));
        }
        // The case: a peer with our Established session is a bilateral peer in both places.
        var nordwindCell = matrix.Get(oursMember, matrix.Members.Single(m => m.NetworkId == nordwind).MemberId)!;
        Assert.True(Row(nordwind).Reasons.HasFlag(PeeringReason.ConfiguredSession));
        Assert.True(nordwindCell.Kind.HasFlag(PeeringKind.Bilateral));
        var atlasCell = matrix.Get(oursMember, matrix.Members.Single(m => m.NetworkId == atlas).MemberId)!;
        Assert.Equal((PeeringKind.Bilateral, DetectedSessionState.Established), (atlasCell.Kind, atlasCell.Detected));
        Assert.NotNull(atlasCell.FirstSeen);
        var copperCell = matrix.Get(oursMember, matrix.Members.Single(m => m.NetworkId == copperline).MemberId)!;
        Assert.Equal((PeeringKind.RouteServer, DetectedSessionState.Refused), (copperCell.Kind, copperCell.Detected));
        // Members among themselves peer too (the matrix is more than our row), and HTTPS between members is never a BGP pair.
        Assert.True(matrix.Cells.Count(c => c.Detected == DetectedSessionState.Established) >= 5);
        Assert.Equal(0, collector.GetStatus().DatagramsNotAllowed);
        // The operator's setting and its warning are unchanged: real switches are still refused until they are listed.
        Assert.Contains(collector.Warnings(), w => w.StartsWith("The sFlow agent allow-list (PeeringHub:Sflow:AgentAllowList) is empty") && w.EndsWith("Only the demo's own sender (127.0.0.1) is accepted."));
    }

    [Fact]
    public async Task Nothing_is_sent_and_the_allow_list_is_untouched_outside_the_demo()
    {
        await using var host = new DemoHost();
        Assert.Empty(host.Services.GetRequiredService<IOptions<SflowOptions>>().Value.DemoAgents);
        var collector = await host.StartAsync<SflowCollectorService>();
        await collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var sender = await host.StartAsync<DemoSflowSender>();
        await Task.Delay(DemoSflowSender.Interval + TimeSpan.FromSeconds(1));
        Assert.Equal(0, sender.Sent);
        Assert.True(collector.RejectsAllAgents);
    }

    [Fact]
    public void Plan_pairs_our_network_with_members_it_has_no_session_with()
    {
        static DemoPeer P(int id, long asn, bool rs, bool session, bool ours = false) =>
            new(id, asn, ours, rs, session, System.Net.IPAddress.Parse($"192.0.2.{id}"), null);
        var ours = P(1, 64496, true, false, ours: true);
        var plan = new DemoTrafficPlan([ours, P(2, 64497, true, true), P(3, 64498, false, false), P(4, 64499, true, false), P(5, 64500, false, false), P(6, 64501, true, false)]);
        Assert.Equal([(ours, 3), (ours, 4)], plan.Established.Take(2).Select(p => (p.A, p.B.NetworkId)));
        Assert.Equal(6, Assert.Single(plan.Refused).To.NetworkId); // the next route-server client without a session
        var round = plan.Round(100, 0);
        Assert.All(round, f => Assert.Equal(100, f.Vlan));
        Assert.Contains(round, f => f.TcpFlags == (DemoFlow.Rst | DemoFlow.Ack) && f.SourcePort == 179);
    }
}
