using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Data.Seeding;
using PeeringHub.Sflow.Collector;

namespace PeeringHub.Sflow.Demo;

/// <summary>
/// In the demo only: plays a switch of the demo exchanges, sending sFlow v5 datagrams (<see cref="DemoTrafficPlan"/>) over UDP
/// loopback to our own collector every <see cref="Interval"/>, so the matrix and the peering manager fill through the real
/// decoder, detection and storage within seconds of the start. Off on any database that is not the demo.
/// </summary>
public sealed class DemoSflowSender(
    DemoMode demo, SflowCollectorService collector, IOptions<SflowOptions> options, IServiceScopeFactory scopes,
    TimeProvider time, ILogger<DemoSflowSender> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    public static readonly IPAddress Agent = IPAddress.Loopback;

    /// <summary>Datagrams sent so far (the sFlow page shows the collector's side).</summary>
    public long Sent => Interlocked.Read(ref _sent);
    long _sent;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!demo.IsOn || !options.Value.Enabled || !options.Value.DemoSender) return;
        try { await collector.Started.Task.WaitAsync(stoppingToken); }
        catch (SocketException) { return; } // the collector could not bind; it logged why
        var lans = await LoadAsync(stoppingToken);
        if (lans.Count == 0) { log.LogWarning("Demo sFlow sender: no demo LAN with a VLAN and our network on it; nothing to send"); return; }
        var target = new IPEndPoint(TargetAddress(options.Value.BindAddress), collector.BoundPort);
        log.LogInformation("Demo sFlow sender: {Lans} LAN(s), sending to {Target} every {Interval} s", lans.Count, target, Interval.TotalSeconds);
        using var socket = new Socket(target.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        var writer = new DemoDatagramWriter(target.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : Agent);
        var started = time.GetTimestamp();
        using var timer = new PeriodicTimer(Interval, time);
        for (long round = 0; !stoppingToken.IsCancellationRequested; round++)
        {
            var uptime = (uint)time.GetElapsedTime(started).TotalMilliseconds;
            foreach (var (vlan, plan) in lans)
                foreach (var chunk in plan.Round(vlan, round).Chunk(DemoDatagramWriter.MaxFlowsPerDatagram))
                {
                    await socket.SendToAsync(writer.Write(chunk, uptime), SocketFlags.None, target, stoppingToken);
                    Interlocked.Increment(ref _sent);
                }
            if (!await timer.WaitForNextTickAsync(stoppingToken)) return;
        }
    }

    /// <summary>The collector's address as seen from here: loopback when it listens on every address.</summary>
    internal static IPAddress TargetAddress(string bindAddress)
    {
        var bound = IPAddress.Parse(bindAddress);
        if (bound.Equals(IPAddress.Any) || bound.Equals(IPAddress.IPv6Any)) return IPAddress.Loopback;
        return bound;
    }

    async Task<List<(ushort Vlan, DemoTrafficPlan Plan)>> LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var lans = await db.PeeringLans.AsNoTracking().Where(l => l.PeeringMatrixEnabled && l.VlanId != null).Select(l => new { l.Id, l.VlanId }).ToListAsync(ct);
        var result = new List<(ushort, DemoTrafficPlan)>();
        foreach (var lan in lans)
        {
            var sessions = await db.Sessions.Where(s => s.PeeringLanId == lan.Id && s.PeerNetworkId != null).Select(s => s.PeerNetworkId!.Value).Distinct().ToListAsync(ct);
            var members = await db.Members.AsNoTracking().Where(m => m.PeeringLanId == lan.Id)
                .Select(m => new { m.NetworkId, m.Network!.Asn, m.Network.IsOurs, m.IsRouteServerClient, m.Ipv4Address, m.Ipv6Address }).ToListAsync(ct);
            var peers = members.Select(m => new DemoPeer(m.NetworkId, m.Asn, m.IsOurs, m.IsRouteServerClient, sessions.Contains(m.NetworkId),
                Parse(m.Ipv4Address), Parse(m.Ipv6Address))).ToList();
            if (peers.Any(p => p.IsOurs)) result.Add(((ushort)lan.VlanId!.Value, new DemoTrafficPlan(peers)));
        }
        return result;
    }

    static IPAddress? Parse(string? text) => IPAddress.TryParse(text?.Split('/')[0], out var ip) ? ip : null;
}
