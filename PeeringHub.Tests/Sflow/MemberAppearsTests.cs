using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Decoding;
using PeeringHub.Sflow.Detection;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>
/// The member directory follows the database at once: a member created while BGP traffic flows is credited within seconds,
/// including the samples that arrived before it existed (kept as pending). The safety timer is set to an hour so only the
/// change event can explain it.
/// </summary>
[Trait("Kind", "Sflow")]
public class MemberAppearsTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"sf-appears-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(f);
    }

    [Fact]
    public async Task A_member_created_while_traffic_flows_is_credited_within_seconds()
    {
        var truth = new Truth
        {
            Lans = [new GeneratedLan(1, 0, true, "185.1.0.0/24", "2001:7f8:1::/64")],
            Members = [new GeneratedMember(1, 1, 65001, "185.1.0.1", "2001:7f8:1::1", false)],
        };
        var settings = SflowHost.Settings();
        settings["PeeringHub:Sflow:DirectoryRefreshInterval"] = "01:00:00";
        await using var host = new SflowHost(_db, settings);
        await host.SeedAsync(truth);
        var collector = host.Collector;
        await collector.StartAsync(CancellationToken.None);
        await collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        using var stop = new CancellationTokenSource();
        var sender = SendKeepalivesAsync(collector.BoundPort, stop.Token);
        try
        {
            await WaitUntilAsync(() => collector.GetStatus().PendingSamples >= 10, TimeSpan.FromSeconds(10));
            var beforeCreation = DateTime.UtcNow;
            Assert.Equal(0, host.Services.GetRequiredService<SessionAggregator>().Count);

            var clock = Stopwatch.StartNew();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
                db.Members.Add(new Member
                {
                    Network = new Network { Asn = 65002, Name = "AS65002" }, PeeringLanId = (await db.PeeringLans.SingleAsync()).Id,
                    Ipv4Address = "185.1.0.2", Ipv6Address = "2001:7f8:1::2",
                });
                await db.SaveChangesAsync();
            }
            var aggregator = host.Services.GetRequiredService<SessionAggregator>();
            // Both the waiting samples and the new ones are credited; the new ones can arrive first (the replay of the waiting
            // ones follows the directory swap), so wait for both before reading the status (a CI run read it in between).
            await WaitUntilAsync(() => aggregator.Snapshot().Any(p => p.IsEstablished) && collector.GetStatus().PendingCredited >= 10, TimeSpan.FromSeconds(5));
            clock.Stop();

            var pair = Assert.Single(aggregator.Snapshot());
            Assert.Equal(("185.1.0.1", "185.1.0.2"), (pair.AddressA.ToString(), pair.AddressB.ToString()));
            Assert.True(pair.FirstSeen < beforeCreation, "samples from before the member existed are credited");
            var status = collector.GetStatus();
            Assert.True(status.PendingCredited >= 10, $"credited {status.PendingCredited}");
            Assert.Equal(4, status.DirectoryAddresses);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        }
        finally
        {
            await stop.CancelAsync();
            await sender;
            await collector.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>KEEPALIVEs both ways between 185.1.0.1 (a member) and 185.1.0.2 (not yet) every 20 ms.</summary>
    static async Task SendKeepalivesAsync(int port, CancellationToken ct)
    {
        using var udp = new UdpClient(AddressFamily.InterNetwork);
        var agent = new DatagramBuilder(IPAddress.Parse("192.0.2.1"));
        var (a, b) = (IPAddress.Parse("185.1.0.1"), IPAddress.Parse("185.1.0.2"));
        var target = new IPEndPoint(IPAddress.Loopback, port);
        const byte flags = FlowPacket.TcpAck | FlowPacket.TcpPsh;
        while (!ct.IsCancellationRequested)
        {
            var d = agent.Build([
                new SampleSpec(SampleKind.Flow, new FrameSpec([], a, b, 6, 50000, 179, flags, 19, BgpType: 4)),
                new SampleSpec(SampleKind.Flow, new FrameSpec([], b, a, 6, 179, 50000, flags, 19, BgpType: 4))]);
            await udp.SendAsync(d, target, CancellationToken.None);
            try { await Task.Delay(20, ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met in time");
            await Task.Delay(10);
        }
    }
}
