using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Sflow.Detection;
using PeeringHub.Sflow.Matrix;
using PeeringHub.Tests.Sflow.Generator;

namespace PeeringHub.Tests.Sflow;

/// <summary>The collector end to end: UDP in, database and matrix out, restart continuity, allow-list.</summary>
[Trait("Kind", "Sflow")]
public class CollectorTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"sf-collector-{Guid.NewGuid():N}.db");
    readonly GeneratedCapture _cap = new TrafficGenerator(new GeneratorOptions { Seed = 5, FlowSamples = 6_000, MembersPerLan = 16, PairsPerCategory = 4 }).Generate();

    public void Dispose()
    {
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(f);
    }

    static async Task SendAllAsync(IEnumerable<byte[]> datagrams, int port, Func<long> received, IPAddress? to = null)
    {
        using var udp = new UdpClient((to ?? IPAddress.Loopback).AddressFamily);
        var target = new IPEndPoint(to ?? IPAddress.Loopback, port);
        var sent = 0;
        foreach (var d in datagrams)
        {
            udp.Send(d, d.Length, target);
            // pace so a slow, loaded CI box does not overrun the socket buffer: this test is about correctness, not speed
            if (++sent % 200 == 0) await WaitUntilAsync(() => received() >= sent - 100, TimeSpan.FromSeconds(10));
        }
        await WaitUntilAsync(() => received() >= sent, TimeSpan.FromSeconds(10));
    }

    static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met in time");
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task Udp_to_database_and_matrix_with_restart_continuity()
    {
        Dictionary<string, int> memberIds;
        int rows;
        await using (var host = new SflowHost(_db, SflowHost.Settings(bind: "::")))
        {
            memberIds = await host.SeedAsync(_cap.Truth);
            var collector = host.Collector;
            var changed = new List<DetectedPair>();
            host.Services.GetRequiredService<SessionAggregator>().PairsChanged += (_, e) => { lock (changed) changed.AddRange(e.Changed); };
            await collector.StartAsync(CancellationToken.None);
            await collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            // dual-stack socket: IPv4 sender
            await SendAllAsync(_cap.Datagrams, collector.BoundPort, () => collector.GetStatus().Decoder.Datagrams);
            var status = collector.GetStatus();
            Assert.True(status.Listening);
            Assert.Equal(_cap.Truth.Counts.Datagrams, status.Decoder.Datagrams);
            Assert.Equal(_cap.Truth.Counts.EvidenceSamples, status.Detection.EvidenceSamples);
            Assert.Equal(_cap.Truth.Members.Count(m => m.LanId <= 2) * 2, status.DirectoryAddresses);
            await WaitUntilAsync(() => { lock (changed) return changed.Count > 0; }, TimeSpan.FromSeconds(5));

            await collector.FlushAsync(CancellationToken.None);
            Assert.Null(collector.GetStatus().LastFlushError);
            await AssertMatrixAsync(host, memberIds);
            await collector.StopAsync(CancellationToken.None);
            await using var scope = host.Services.CreateAsyncScope();
            rows = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().DetectedSessions.CountAsync();
            Assert.Equal(host.Services.GetRequiredService<SessionAggregator>().Count, rows);
        }
        // a restarted collector continues from the database
        await using (var host = new SflowHost(_db, SflowHost.Settings()))
        {
            await host.Collector.StartAsync(CancellationToken.None);
            await host.Collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(rows, host.Services.GetRequiredService<SessionAggregator>().Count);
            await AssertMatrixAsync(host, memberIds);
            await host.Collector.StopAsync(CancellationToken.None);
        }
    }

    async Task AssertMatrixAsync(SflowHost host, Dictionary<string, int> memberIds)
    {
        var matrix = host.Services.GetRequiredService<PeeringMatrixService>();
        foreach (var lan in _cap.Truth.Lans.Where(l => l.MatrixEnabled))
            foreach (var af in new[] { 4, 6 })
            {
                var m = await matrix.GetMatrixAsync(lan.LanId, af);
                // The matrix shows the networks' relation (as the peering manager does): a session seen in either family counts
                // for every pair of their members shown in this family's matrix.
                var shown = m.Members.Select(x => x.MemberId).ToHashSet();
                var expected = _cap.Truth.Pairs.Where(p => p.LanId == lan.LanId && p.ShouldBeDetected)
                    .Select(p => (Math.Min(memberIds[p.AddressA], memberIds[p.AddressB]), Math.Max(memberIds[p.AddressA], memberIds[p.AddressB])))
                    .Where(p => shown.Contains(p.Item1) && shown.Contains(p.Item2)).ToHashSet();
                var bilateral = m.Cells.Where(c => c.Kind is PeeringKind.Bilateral or PeeringKind.Both).Select(c => (c.MemberIdA, c.MemberIdB)).ToHashSet();
                Assert.Equal(expected.Order(), bilateral.Order());
                Assert.All(m.Cells.Where(c => c.Kind >= PeeringKind.Bilateral), c => Assert.True(c.FirstSeen <= c.LastSeen));
                var rsMembers = m.Members.Where(x => x.IsRouteServerClient).Select(x => x.MemberId).ToHashSet();
                Assert.All(m.Cells, c => Assert.Equal(rsMembers.Contains(c.MemberIdA) && rsMembers.Contains(c.MemberIdB), c.Kind is PeeringKind.RouteServer or PeeringKind.Both));
                Assert.Equal(m.Members.Count * (m.Members.Count - 1) / 2, m.Cells.Count);
            }
        var sessions = await matrix.GetDetectedSessionsAsync();
        Assert.Equal(_cap.Truth.Pairs.Count(p => p.ShouldBeDetected), sessions.Count(s => s.IsEstablished));
        Assert.All(sessions, s => Assert.True(s.MemberIdA is not null && s.MemberIdB is not null && s.InWindow));
    }

    [Fact]
    public async Task Agents_outside_the_allow_list_are_counted_and_ignored()
    {
        await using var host = new SflowHost(_db, SflowHost.Settings(allow: "192.0.2.250"));
        await host.SeedAsync(_cap.Truth);
        await host.Collector.StartAsync(CancellationToken.None);
        await host.Collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var some = _cap.Datagrams.Take(50).ToList();
        await SendAllAsync(some, host.Collector.BoundPort, () => host.Collector.GetStatus().DatagramsNotAllowed);
        var s = host.Collector.GetStatus();
        Assert.Equal(50, s.DatagramsNotAllowed);
        Assert.Equal(0, s.Decoder.Datagrams);
        await host.Collector.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Finding8_ForgedSflowEvidence_in_production_an_empty_allow_list_accepts_nothing_and_says_so()
    {
        // issue 16, finding 8: forged sFlow put fake "bilateral (sFlow)" peers into a member's Peers tab
        await using (var host = new SflowHost(_db, SflowHost.Settings(), environment: "Production"))
        {
            await host.SeedAsync(_cap.Truth);
            await host.Collector.StartAsync(CancellationToken.None);
            await host.Collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await SendAllAsync(_cap.Datagrams.Take(20), host.Collector.BoundPort, () => host.Collector.GetStatus().DatagramsNotAllowed);
            var s = host.Collector.GetStatus();
            Assert.Equal((20L, 0L), (s.DatagramsNotAllowed, s.Decoder.Datagrams));
            Assert.Contains(s.Warnings, w => w.Contains("allow-list") && w.Contains("no datagram is accepted"));
            // the page can show who is sending, so the operator can copy the address into the list
            Assert.Equal(20, Assert.Single(s.Agents, a => a.Sender == "127.0.0.1").NotAllowed);
            await host.Collector.StopAsync(CancellationToken.None);
        }
        var listed = SflowHost.Settings(allow: "127.0.0.1");
        await using (var host = new SflowHost(_db, listed, environment: "Production"))
        {
            await host.Collector.StartAsync(CancellationToken.None);
            await host.Collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await SendAllAsync(_cap.Datagrams.Take(20), host.Collector.BoundPort, () => host.Collector.GetStatus().Decoder.Datagrams);
            var s = host.Collector.GetStatus();
            Assert.Equal((0L, 20L), (s.DatagramsNotAllowed, s.Decoder.Datagrams));
            Assert.DoesNotContain(s.Warnings, w => w.Contains("allow-list"));
            await host.Collector.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Outside_production_an_empty_allow_list_accepts_all_with_a_warning()
    {
        await using var host = new SflowHost(_db, SflowHost.Settings());
        await host.SeedAsync(_cap.Truth);
        await host.Collector.StartAsync(CancellationToken.None);
        await host.Collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await SendAllAsync(_cap.Datagrams.Take(20), host.Collector.BoundPort, () => host.Collector.GetStatus().Decoder.Datagrams);
        var s = host.Collector.GetStatus();
        Assert.Equal(20, s.Decoder.Datagrams);
        Assert.Contains(s.Warnings, w => w.Contains("allow-list is empty") && w.Contains("forge"));
        var agent = Assert.Single(s.Agents);
        Assert.Equal(("127.0.0.1", 20L), (agent.Sender, agent.Datagrams));
        Assert.Contains(agent.AgentAddress, new[] { "192.0.2.11", "192.0.2.12", "2001:db8:ffff::13" });
        Assert.True(agent.Samples > 0 && agent.SamplingRate is 10000 or 2048 && agent.LastSeen is not null);
        await host.Collector.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_taken_port_is_reported_not_fatal()
    {
        using var squatter = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)squatter.Client.LocalEndPoint!).Port;
        var settings = SflowHost.Settings();
        settings["PeeringHub:Sflow:Port"] = port.ToString();
        await using var host = new SflowHost(_db, settings);
        await host.SeedAsync(_cap.Truth);
        await host.Collector.StartAsync(CancellationToken.None);
        await Assert.ThrowsAsync<SocketException>(() => host.Collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(host.Collector.GetStatus().Listening);
        await host.Collector.StopAsync(CancellationToken.None);
    }
}
