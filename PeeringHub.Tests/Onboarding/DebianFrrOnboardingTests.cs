using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers;
using PeeringHub.Routers.Adoption;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Polling;
using PeeringHub.Routers.Service;
using PeeringHub.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PeeringHub.Tests.Onboarding;

/// <summary>
/// Issue 14 on an FRR router laid out like Debian's frr package (/etc/frr/frr.conf, /var/run/frr, /var/log/frr), whose
/// operator's neighbors carry passwords, timers, their own route-maps, a peer group and a shutdown: install.sh, gate check
/// (missing, then ok after following docs/routers.md), bulk import of all 50 without a reset, bulk admin down/up of all 50,
/// Configure of the imported MD5 neighbor changing only its description without a reset, and a Configure without edits
/// that changes nothing.
/// </summary>
[Trait("Kind", "Lab")]
public sealed class DebianFrrOnboardingTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int Peers = 26; // the lab leaves peer N-1 unconfigured: 25 × 2 = 50 neighbors
    const string Md5Neighbor = "192.0.2.11"; // peer 1 over IPv4: password, timers, route-maps IXP-IN4 / IXP-OUT
    readonly DebianLab lab = new("frr");
    TestDatabase database = null!;
    OnboardingInventory inventory = null!;
    int routerId;

    public async Task InitializeAsync()
    {
        await lab.UpAsync(Peers);
        database = new TestDatabase("operator1", s => s.AddRouterDrivers().AddSessionPolling(background: false));
        inventory = new(database);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        await lab.DisposeAsync();
    }

    [Fact]
    public async Task ADebianFrrRouter_IsConnected_Imported_AndManaged_WithoutASessionReset()
    {
        // 1. The installer, as root on the router.
        var install = await lab.InstallAsync();
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
        Assert.Contains($"changed: created system user {lab.Env["GATE_USER"]}", install.Stdout);
        Assert.Contains("restrict,command=", install.Stdout);

        routerId = await inventory.AddRouterAsync(lab, "debian-frr", RouterPlatform.Frr);
        var network65001 = await inventory.AddNetworkAsync(65001);

        // 2. Test connection: the gate lists what FRR's own configuration still lacks, each with its fix.
        ConnectionTestResult test;
        await using (var scope = database.Scope())
            test = await scope.ServiceProvider.GetRequiredService<RouterConnectionService>().TestConnectionAsync(await OnboardingInventory.RouterAsync(scope, routerId));
        Assert.True(test.Succeeded, test.Message);
        output.WriteLine(string.Join("\n", test.Gate!.Items.Select(i => $"{(i.Ok ? "ok" : "missing")} {i.Name}: {i.Detail}")));
        Assert.Null(test.Gate.Problem);
        var missing = test.Gate.Missing.Select(i => i.Name).ToList();
        Assert.Contains("templates", missing);
        Assert.Contains("log", missing);
        Assert.Contains("PH-IN4", test.Gate.Missing.Single(i => i.Name == "templates").Detail);
        Assert.Equal(50, test.SessionCount);

        // 3. The operator follows docs/routers.md ("FRR: what to add"), then the printed permission fixes.
        await lab.RootText("vtysh", "-c", "configure terminal", "-c", "log file /var/log/frr/frr.log", "-c", "route-map PH-IN4 permit 10",
            "-c", "route-map PH-IN6 permit 10", "-c", "route-map PH-OUT deny 10", "-c", "router bgp 64500", "-c", "bgp log-neighbor-changes",
            "-c", "end", "-c", "write memory");
        await lab.RootText("sh", "-c", $"chgrp {lab.Env["GATE_USER"]} /var/log/frr/frr.log; chmod 640 /var/log/frr/frr.log; chmod g+w /etc/frr /etc/frr/frr.conf");
        await using (var scope = database.Scope())
        {
            var gate = await scope.ServiceProvider.GetRequiredService<RouterConnectionService>().CheckGateAsync(await OnboardingInventory.RouterAsync(scope, routerId));
            Assert.True(gate.AllOk, string.Join("\n", gate.Missing.Select(i => $"{i.Name}: {i.Detail}")) + gate.Problem);
            Assert.StartsWith("peeringhub-gate 5 frr", gate.Version);
        }
        var before = await NeighborsAsync();
        Assert.Equal(50, before.Count);

        // 4. Bulk import of all neighbors, in a stable order, with everything FRR has on them.
        IReadOnlyList<SessionImportOutcome> imported;
        var sw = Stopwatch.StartNew();
        await using (var scope = database.Scope())
        {
            var import = scope.ServiceProvider.GetRequiredService<SessionImportService>();
            var listed = (await import.ListUnmanagedAsync(routerId)).Value!.Select(s => s.Name).ToList();
            Assert.Equal(50, listed.Count);
            Assert.Equal(listed, (await import.ListUnmanagedAsync(routerId)).Value!.Select(s => s.Name));
            var result = await import.ImportAsync(routerId, null);
            Assert.True(result.Succeeded, result.Message);
            imported = result.Value!;
            Assert.Equal(listed, imported.Select(o => o.Name));
        }
        output.WriteLine($"bulk import of 50 adopted FRR neighbors: {sw.Elapsed.TotalMilliseconds:0} ms");
        Assert.All(imported, o => Assert.True(o.Succeeded, $"{o.Name}: {o.Message}"));
        var md5 = imported.Single(o => o.PeerIp == Md5Neighbor);
        Assert.Equal(network65001, md5.NetworkId);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            var s = await db.Sessions.AsNoTracking().SingleAsync(x => x.Id == md5.SessionId);
            Assert.Equal(lab.Env["MD5_PW"], scope.ServiceProvider.GetRequiredService<ISecretProtector>().Unprotect(s.Md5PasswordProtected!));
            Assert.Equal(("AS65001 peer 1 v4", 65001L), (s.Description, s.PeerAsn));
            Assert.Equal(AdminState.Down, (await db.Sessions.AsNoTracking().SingleAsync(x => x.PeerIp == "2001:db8:ffff::12" && x.RouterId == routerId)).DesiredAdminState);
            Assert.Equal(50, await db.Sessions.CountAsync(x => x.RouterId == routerId));
        }
        AssertNoReset(before, await NeighborsAsync(), "import");

        // 5. Bulk admin down / up of all 50 on the router.
        var ids = imported.Select(o => o.SessionId!.Value).ToList();
        var down = await inventory.AdminAsync(SessionAction.AdminDown, ids);
        Assert.All(down.Outcomes, o => Assert.True(o.Succeeded, $"{o.Label}: {o.Error}"));
        Assert.All(await NeighborsAsync(), n => Assert.True(n.Value.AdminShutdown, $"{n.Key} is not shut down"));
        var up = await inventory.AdminAsync(SessionAction.AdminUp, ids);
        Assert.All(up.Outcomes, o => Assert.True(o.Succeeded, $"{o.Label}: {o.Error}"));
        Assert.All(await NeighborsAsync(), n => Assert.False(n.Value.AdminShutdown, $"{n.Key} is still shut down"));
        output.WriteLine($"bulk admin down of 50: {down.Took.TotalMilliseconds:0} ms; up: {up.Took.TotalMilliseconds:0} ms");
        var established = before.Count(n => n.Value.State == "Established");
        await WaitEstablishedAsync(established, TimeSpan.FromSeconds(60));

        // 6. Configure of the imported MD5 neighbor with an edited description: only that line changes, no reset.
        var runningBefore = await RunningAsync();
        var neighborsBefore = await NeighborsAsync();
        await using (var scope = database.Scope())
            await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Sessions.Where(s => s.Id == md5.SessionId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Description, "AS65001 edited by PeeringHub").SetProperty(s => s.State, BgpState.Established));
        ConfigPreview preview;
        ConfigApplyResult applied;
        await using (var scope = database.Scope())
        {
            var configurator = scope.ServiceProvider.GetRequiredService<SessionConfigurator>();
            preview = (await configurator.PreviewAsync(md5.SessionId!.Value)).Value!;
            applied = await configurator.ApplyAsync(md5.SessionId!.Value);
        }
        output.WriteLine(string.Join("\n", preview.Diff));
        Assert.True(preview.CheckPassed, preview.CheckMessage);
        Assert.Equal([$"- neighbor {Md5Neighbor} description AS65001 peer 1 v4", $"+ neighbor {Md5Neighbor} description AS65001 edited by PeeringHub"],
            preview.Diff.Where(l => !l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Replace("  ", " ").TrimEnd()).ToArray());
        Assert.Contains("password ********", preview.Running);
        Assert.DoesNotContain(lab.Env["MD5_PW"], preview.Running);
        Assert.True(applied.Applied && !applied.RolledBack, applied.Message);
        Assert.Equal(BgpState.Established, applied.StateAfter);
        var runningAfter = await RunningAsync();
        Assert.Equal(runningBefore.Replace($"neighbor {Md5Neighbor} description AS65001 peer 1 v4", $"neighbor {Md5Neighbor} description AS65001 edited by PeeringHub"), runningAfter);
        Assert.Contains($"neighbor {Md5Neighbor} password {lab.Env["MD5_PW"]}", runningAfter);
        Assert.Contains($"neighbor {Md5Neighbor} timers 30 90", runningAfter);
        Assert.Contains($"neighbor {Md5Neighbor} route-map IXP-IN4 in", runningAfter);
        AssertNoReset(neighborsBefore, await NeighborsAsync(), "configure");

        // 7. A Configure without edits changes nothing; Config Manager shows the router's own text.
        var other = imported.Single(o => o.PeerIp == "2001:db8:ffff::13").SessionId!.Value;
        await using (var scope = database.Scope())
        {
            var shown = (await scope.ServiceProvider.GetRequiredService<SessionConfigurator>().PreviewAsync(other)).Value!;
            output.WriteLine(shown.Running);
            Assert.Contains("neighbor 2001:db8:ffff::13 peer-group IXP6", shown.Running);
            Assert.Contains("neighbor 2001:db8:ffff::13 description AS65003 peer 3 v6", shown.Running);
            Assert.All(shown.Diff, l => Assert.StartsWith("  ", l));
        }
        // ... and applied, it leaves the running config and the neighbors as they were.
        var (runningBefore7, neighborsBefore7) = (await RunningAsync(), await NeighborsAsync());
        await using (var scope = database.Scope())
        {
            var unchanged = await scope.ServiceProvider.GetRequiredService<SessionConfigurator>().ApplyAsync(other);
            Assert.True(unchanged.Applied && !unchanged.RolledBack, unchanged.Message);
        }
        Assert.Equal(runningBefore7, await RunningAsync());
        AssertNoReset(neighborsBefore7, await NeighborsAsync(), "a configure without edits");

        // 8. Why it is down: the router's password for the MD5 neighbor no longer matches the peer's. The session never gets
        // past TCP; the poller reads the gate's TCP-MD5 counters and says so instead of the last NOTIFICATION.
        await lab.RootText("vtysh", "-c", "configure terminal", "-c", "router bgp 64500", "-c", $"neighbor {Md5Neighbor} password not-the-peers-password");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        string? lastError = null;
        while (DateTime.UtcNow < deadline)
        {
            await using (var scope = database.Scope())
            {
                await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(routerId);
                lastError = (await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Sessions.AsNoTracking().SingleAsync(x => x.Id == md5.SessionId)).LastError;
            }
            if (lastError?.StartsWith("TCP-MD5 signature failures on this router", StringComparison.Ordinal) == true) break;
            await Task.Delay(2000);
        }
        output.WriteLine($"last error with a wrong password: {lastError}");
        Assert.StartsWith("TCP-MD5 signature failures on this router", lastError);
        Assert.EndsWith("check the password on both sides", lastError);
        // Sessions that are up are not blamed.
        await using (var scope = database.Scope())
            Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Sessions.AsNoTracking()
                .Where(x => x.RouterId == routerId && x.State == BgpState.Established).Select(x => x.LastError).ToListAsync(), e => e != null && e.StartsWith("TCP-MD5"));
    }

    /// <summary>No neighbor that was up went down in between: FRR counts every drop of a session.</summary>
    static void AssertNoReset(Dictionary<string, Neighbor> before, Dictionary<string, Neighbor> after, string during) =>
        Assert.All(before.Where(n => n.Value.State == "Established"), n =>
            Assert.True(after[n.Key].Dropped == n.Value.Dropped && after[n.Key].State == "Established", $"{n.Key} was reset during {during}"));

    async Task WaitEstablishedAsync(int expected, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        int count;
        do
        {
            count = (await NeighborsAsync()).Values.Count(n => n.State == "Established");
            if (count >= expected) return;
            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{count}/{expected} neighbors Established after {within.TotalSeconds:0} s");
    }

    sealed record Neighbor(string State, int Dropped, bool AdminShutdown);

    /// <summary>The neighbors as FRR itself reports them (an observer independent of our driver).</summary>
    async Task<Dictionary<string, Neighbor>> NeighborsAsync()
    {
        using var json = JsonDocument.Parse(await lab.RootText("vtysh", "-c", "show bgp neighbors json"));
        return json.RootElement.EnumerateObject().Where(p => p.Value.TryGetProperty("bgpState", out _)).ToDictionary(p => p.Name, p => new Neighbor(
            p.Value.GetProperty("bgpState").GetString()!,
            p.Value.TryGetProperty("connectionsDropped", out var d) ? d.GetInt32() : 0,
            p.Value.TryGetProperty("adminShutDown", out var a) && a.GetBoolean()));
    }

    async Task<string> RunningAsync() => await lab.RootText("vtysh", "-c", "show running-config");
}
