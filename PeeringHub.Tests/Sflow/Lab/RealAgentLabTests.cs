using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Detection;
using PeeringHub.Tests.Sflow.Generator;
using Xunit.Abstractions;

namespace PeeringHub.Tests.Sflow.Lab;

/// <summary>
/// A real sFlow agent: pmacctd's sfprobe sampling a Linux bridge (untagged: sfprobe reports VLAN 0) on which four BIRD 2
/// routers speak real BGP: r1–r2 and r2–r3 over IPv4 and IPv6, r3–r4 over IPv4 (five sessions); r1 and r3 do not peer;
/// r4 configures r1, which has no protocol for it, so r4's attempts are refused again and again (issue 17's phantom).
/// The collector must report exactly the five sessions as established and r1–r4 as refused, never established.
/// Needs root, bird, pmacctd; everything is named sf-&lt;id&gt;-* and stopped by PID.
/// </summary>
[Trait("Kind", "Sflow")]
[Trait("Kind", "Lab")]
public class RealAgentLabTests(ITestOutputHelper output) : IDisposable
{
    readonly string _id = Guid.NewGuid().ToString("N")[..4];
    readonly string _dir = Directory.CreateTempSubdirectory("sf-lab-").FullName;
    readonly List<int> _pids = [];
    /// <summary>The script is run from the source tree (found upward from the test binary) so the shared csproj needs no copy rule.</summary>
    static string Script
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, "PeeringHub.Tests", "Sflow", "Lab", "sflow-lab.sh");
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException("PeeringHub.Tests/Sflow/Lab/sflow-lab.sh not found above " + AppContext.BaseDirectory);
        }
    }

    [Fact]
    public async Task Pmacctd_sfprobe_over_a_bridge_with_bird_finds_the_real_sessions_and_the_refused_one()
    {
        Assert.True(Environment.UserName == "root", "the lab needs root for network namespaces");
        Assert.True(File.Exists("/usr/sbin/bird") && File.Exists("/usr/sbin/pmacctd"), "bird and pmacctd must be installed");
        var truth = new Truth
        {
            Lans = [new GeneratedLan(1, 0, true, "185.1.0.0/24", "2001:7f8:1::/64")],
            Members = [.. Enumerable.Range(1, 4).Select(r => new GeneratedMember(r, 1, 65000 + r, $"185.1.0.{r}", $"2001:7f8:1::{r}", false))],
        };
        await using var host = new SflowHost(Path.Combine(_dir, "lab.db"), SflowHost.Settings());
        await host.SeedAsync(truth);
        await host.Collector.StartAsync(CancellationToken.None);
        await host.Collector.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        foreach (var line in Run(Script, "up", _id, _dir).Split('\n').Where(l => l.StartsWith("PID ")))
            _pids.Add(int.Parse(line.Split(' ')[2]));
        File.WriteAllText(Path.Combine(_dir, "pmacctd.conf"), $"""
            daemonize: false
            pcap_interface: sf-{_id}-br
            plugins: sfprobe
            sfprobe_receiver: 127.0.0.1:{host.Collector.BoundPort}
            sfprobe_agentip: 127.0.0.1
            sampling_rate: 1
            snaplen: 128
            """);
        var pm = Process.Start(new ProcessStartInfo("pmacctd", ["-f", Path.Combine(_dir, "pmacctd.conf")]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _pids.Add(pm.Id);

        var aggregator = host.Services.GetRequiredService<SessionAggregator>();
        string[] expected = ["185.1.0.1-185.1.0.2", "185.1.0.2-185.1.0.3", "185.1.0.3-185.1.0.4", "2001:7f8:1::1-2001:7f8:1::2", "2001:7f8:1::2-2001:7f8:1::3"];
        const string refused = "185.1.0.1-185.1.0.4";
        string[] Established() => aggregator.Snapshot().Where(p => p.IsEstablished).Select(p => $"{p.AddressA}-{p.AddressB}").Order().ToArray();
        DetectedPair? Refused() => aggregator.Snapshot().SingleOrDefault(p => $"{p.AddressA}-{p.AddressB}" == refused);
        var everEstablished = new HashSet<string>();
        var until = DateTime.UtcNow.AddSeconds(60);
        // watch every 250 ms: the refused pair must never be established, not only at the end
        while (DateTime.UtcNow < until && !(expected.All(Established().Contains) && Refused() is { State: DetectedSessionState.Refused, Evidence.ResetSamples: >= 3 }))
        {
            everEstablished.UnionWith(Established());
            await Task.Delay(250);
        }
        for (var i = 0; i < 12; i++) { everEstablished.UnionWith(Established()); await Task.Delay(250); } // a phantom r1–r3 pair would show up now
        var status = host.Collector.GetStatus();
        var r14 = Refused();
        output.WriteLine($"datagrams {status.Decoder.Datagrams}, flow samples {status.Decoder.TotalFlowSamples}, session messages {status.Detection.SessionMessageSamples}, evidence {status.Detection.EvidenceSamples}, control {status.Detection.ControlSamples}");
        output.WriteLine($"r1-r4: {r14?.Evidence} -> {r14?.State}: {r14?.Why}");
        output.WriteLine(Run("birdc", "-s", Path.Combine(_dir, "bird4.ctl"), "show", "protocols"));
        Assert.Equal(expected, Established());
        Assert.DoesNotContain(refused, everEstablished);
        Assert.NotNull(r14);
        Assert.Equal(DetectedSessionState.Refused, r14.State);
        Assert.Equal(0, r14.Evidence.SessionMessageSamples);
        Assert.DoesNotContain(aggregator.Snapshot(), p => p.AddressA.ToString().EndsWith(".1") && p.AddressB.ToString().EndsWith(".3") || p.AddressA.ToString().EndsWith("::1") && p.AddressB.ToString().EndsWith("::3"));
        Assert.Equal(0, status.Decoder.TotalMalformed);
        Assert.Equal((0L, 0L), (status.Detection.VlanMismatchSamples, status.Detection.AmbiguousSamples));
        Assert.True(status.Detection.SessionMessageSamples > 20);
        var agent = Assert.Single(status.Agents);
        Assert.Equal(("127.0.0.1", 1u), (agent.Sender, agent.SamplingRate));

        await host.Collector.StopAsync(CancellationToken.None); // final flush
        await using var scope = host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().DetectedSessions.ToListAsync();
        Assert.Equal(expected, rows.Where(r => r.Evidence.State == DetectedSessionState.Established).Select(r => $"{r.AddressA}-{r.AddressB}").Order());
        Assert.Equal(DetectedSessionState.Refused, rows.Single(r => $"{r.AddressA}-{r.AddressB}" == refused).Evidence.State);
    }

    static string Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {p.ExitCode}: {stderr}");
        return stdout.Result;
    }

    public void Dispose()
    {
        foreach (var pid in _pids)
        {
            // pmacctd forks its plugin: stop the whole tree of the PID we started, nothing found by name
            try { using var p = Process.GetProcessById(pid); p.Kill(entireProcessTree: true); p.WaitForExit(5000); }
            catch (ArgumentException) { } // already exited: nothing to stop
        }
        Run(Script, "down", _id);
        Directory.Delete(_dir, true);
    }
}
