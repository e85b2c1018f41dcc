using System.Diagnostics;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Bench;

/// <summary>Generated LAN data and timing helpers for the benchmark.</summary>
public static class BenchData
{
    /// <summary>Wall-clock times plus process CPU per run: on a shared, loaded machine the CPU figure is the one that does not include waiting for a core.</summary>
    public sealed record Timing(TimeSpan Median, TimeSpan P95, TimeSpan Max, int Runs, TimeSpan CpuPerRun)
    {
        public override string ToString() =>
            $"  runs {Runs}: wall median {Median.TotalMilliseconds:F2} ms, p95 {P95.TotalMilliseconds:F2} ms, max {Max.TotalMilliseconds:F2} ms; process CPU {CpuPerRun.TotalMilliseconds:F2} ms/run; load average {LoadAverage()}";
    }

    static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    static string V4(int i) => $"10.{i / 250}.{i % 250}.{1 + i % 3}";
    static string V6(int i) => $"2001:db8::{i + 1:x}";

    /// <summary>Member 0 views; a third of the members use the route servers; every 4th pair with the viewer seen in sFlow; 20,000 other pairs.</summary>
    public static TabInput Input(int count, DateTime now)
    {
        var members = Enumerable.Range(0, count).Select(i => new LanMemberFact(i + 1, V4(i), V6(i), i % 3 == 0)).ToList();
        var detected = new List<DetectedPairFact>();
        for (var i = 1; i < count; i += 4) detected.Add(new(V4(0), V4(i), now.AddDays(-(i % 40)), DetectedSessionState.Established));
        var rnd = new Random(1);
        for (var k = 0; k < 20_000; k++) detected.Add(new(V4(1 + rnd.Next(count - 1)), V6(1 + rnd.Next(count - 1)), now.AddDays(-rnd.Next(40)), DetectedSessionState.Established));
        var relations = Enumerable.Range(2, 300).Select(i => new RelationFact(i, (ManualMark)(i % 3), i % 2 == 0, now.AddDays(-i), i % 4)).ToList();
        return new TabInput
        {
            ViewingNetworkId = 1, Members = members, Detected = detected, EstablishedPeers = Enumerable.Range(500, 100).ToList(), Relations = relations,
            Now = now, DetectionWindow = TimeSpan.FromDays(28),
        };
    }

    public static async Task<(int Viewer, int Lan)> SeedAsync(PeeringHubDbContext db, int count, DateTime now)
    {
        db.AuditEnabled = false;
        var lan = new PeeringLan { Exchange = new Exchange { Name = "Bench-IX" }, Name = "Bench LAN", Ipv4Prefix = "10.0.0.0/8", Ipv6Prefix = "2001:db8::/32", PeeringManagerEnabled = true };
        var networks = Enumerable.Range(0, count).Select(i => new Network { Asn = 64512 + i, Name = $"Network {i}", IsOurs = i == 0, PeeringPolicy = "Open" }).ToList();
        db.Add(lan);
        db.AddRange(networks);
        db.AddRange(networks.Select((n, i) => new Member { Network = n, PeeringLan = lan, Ipv4Address = V4(i), Ipv6Address = V6(i), IsRouteServerClient = i % 3 == 0 }));
        await db.SaveChangesAsync();
        for (var i = 1; i < count; i += 4)
            db.DetectedSessions.Add(new DetectedSession { PeeringLanId = lan.Id, AddressFamily = 4, AddressA = V4(0), AddressB = V4(i), FirstSeen = now.AddDays(-50), LastSeen = now.AddDays(-(i % 40)), Samples = 10, SessionMessageSamples = 5, ReverseSamples = 4 });
        for (var i = 2; i < 302; i++)
            db.PeeringRelations.Add(new PeeringRelation { ViewingNetworkId = networks[0].Id, PeerNetworkId = networks[i].Id, PeeringLanId = lan.Id, Mark = (ManualMark)(i % 3), Notes = i % 2 == 0 ? "note" : null });
        await db.SaveChangesAsync();
        return (networks[0].Id, lan.Id);
    }

    public static Timing Measure(Action work, int runs)
    {
        for (var i = 0; i < 20; i++) work();
        var times = new List<TimeSpan>(runs);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            work();
            times.Add(sw.Elapsed);
        }
        return Summarise(times, (Process.GetCurrentProcess().TotalProcessorTime - cpu) / runs);
    }

    public static async Task<Timing> MeasureAsync(Func<Task> work, int runs)
    {
        for (var i = 0; i < 5; i++) await work();
        var times = new List<TimeSpan>(runs);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            await work();
            times.Add(sw.Elapsed);
        }
        return Summarise(times, (Process.GetCurrentProcess().TotalProcessorTime - cpu) / runs);
    }

    static Timing Summarise(List<TimeSpan> times, TimeSpan cpuPerRun)
    {
        times.Sort();
        return new Timing(times[times.Count / 2], times[(int)(times.Count * 0.95)], times[^1], times.Count, cpuPerRun);
    }
}
