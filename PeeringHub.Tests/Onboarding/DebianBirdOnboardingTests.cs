using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers;
using PeeringHub.Routers.Adoption;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Polling;
using PeeringHub.Routers.Service;
using PeeringHub.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PeeringHub.Tests.Onboarding;

/// <summary>
/// Issue 14 on a BIRD 2 router laid out like Debian's bird2 package, with 50 sessions in its own files (several protocols per
/// file, its own templates, one with TCP-MD5): install.sh, gate check (missing, then ok after the printed fixes), bulk import
/// of all sessions without a restart, bulk admin down/up of all 50, Configure of the imported MD5 session changing only its
/// description without a flap, Config Manager showing the router's own text, and the second-protocol guard.
/// </summary>
[Trait("Kind", "Lab")]
public sealed class DebianBirdOnboardingTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int Peers = 26; // 2 × 25 = 50 sessions (the spare peer has none)
    readonly DebianLab lab = new("bird");
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
    public async Task ADebianBirdRouter_IsConnected_Imported_AndManaged_WithoutASessionFlap()
    {
        // 1. The installer, as root on the router.
        var install = await lab.InstallAsync();
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
        Assert.Contains($"changed: created system user {lab.Env["GATE_USER"]}", install.Stdout);
        Assert.Contains("restrict,command=", install.Stdout);
        Assert.Contains("changed: include folder /etc/bird/peeringhub.d", install.Stdout);

        routerId = await inventory.AddRouterAsync(lab, "debian-bird", RouterPlatform.Bird2);
        var network65001 = await inventory.AddNetworkAsync(65001);

        // 2. Test connection: the gate lists what the router's own configuration still lacks, with the fix.
        ConnectionTestResult test;
        await using (var scope = database.Scope())
            test = await scope.ServiceProvider.GetRequiredService<RouterConnectionService>().TestConnectionAsync(await OnboardingInventory.RouterAsync(scope, routerId));
        Assert.True(test.Succeeded, test.Message);
        Assert.NotNull(test.Gate);
        Assert.Null(test.Gate!.Problem);
        Assert.Equal(["include", "templates", "log"], test.Gate.Missing.Select(i => i.Name).ToArray());
        Assert.Contains("include \"/etc/bird/peeringhub.d/*.conf\";", test.Gate.Missing.First().Detail);
        Assert.All(test.Gate.Items.Where(i => i.Ok), i => Assert.DoesNotContain("missing", i.Detail));

        // 3. The operator follows the fixes (BIRD's log with state changes, our templates, the include at the end). The debug
        // line goes first, as docs/routers.md says: BIRD gives it only to protocols and templates defined after it.
        await lab.RootText("sh", "-c", """
            sed -i '1i debug protocols { states };' /etc/bird/bird.conf
            cat >> /etc/bird/bird.conf <<'X'
            log "/var/log/bird/bird.log" all;
            template bgp peer4 { local 192.0.2.1 as 64500; debug { states }; ipv4 { import all; export none; }; }
            template bgp peer6 { local 2001:db8:ffff::1 as 64500; debug { states }; ipv6 { import all; export none; }; }
            include "/etc/bird/peeringhub.d/*.conf";
            X
            birdc configure
            """);
        await using (var scope = database.Scope())
        {
            var gate = await scope.ServiceProvider.GetRequiredService<RouterConnectionService>().CheckGateAsync(await OnboardingInventory.RouterAsync(scope, routerId));
            Assert.True(gate.AllOk, string.Join("\n", gate.Missing.Select(i => $"{i.Name}: {i.Detail}")) + gate.Problem);
            Assert.StartsWith("peeringhub-gate 5 bird", gate.Version);
        }
        var before = await ProtocolsAsync();
        Assert.Equal(50, before.Count);
        var logAtImport = await LogSizeAsync();

        // 4. Bulk import of all unmanaged sessions, in a stable order.
        IReadOnlyList<SessionImportOutcome> imported;
        TimeSpan importTook;
        await using (var scope = database.Scope())
        {
            var import = scope.ServiceProvider.GetRequiredService<SessionImportService>();
            var listed = (await import.ListUnmanagedAsync(routerId)).Value!.Select(s => s.Name).ToList();
            Assert.Equal(50, listed.Count);
            Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
            Assert.Equal(listed, (await import.ListUnmanagedAsync(routerId)).Value!.Select(s => s.Name));
            var sw = Stopwatch.StartNew();
            var result = await import.ImportAsync(routerId, null);
            importTook = sw.Elapsed;
            output.WriteLine(string.Join("\n", import.Timings));
            Assert.True(result.Succeeded, result.Message);
            imported = result.Value!;
            Assert.Equal(listed, imported.Select(o => o.Name));
        }
        output.WriteLine($"bulk import of 50 adopted BIRD sessions: {importTook.TotalMilliseconds:0} ms");
        Assert.All(imported, o => Assert.True(o.Succeeded, $"{o.Name}: {o.Message}"));
        var md5 = imported.Single(o => o.Name == "peer_65001_v4");
        Assert.Equal(network65001, md5.NetworkId);
        Assert.Null(imported.Single(o => o.Name == "peer_65003_v4").NetworkId);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            var s = await db.Sessions.AsNoTracking().SingleAsync(x => x.Id == md5.SessionId);
            Assert.Equal(lab.Env["MD5_PW"], scope.ServiceProvider.GetRequiredService<ISecretProtector>().Unprotect(s.Md5PasswordProtected!));
            Assert.Equal(("AS65001 peer 1 over IPv4", "peer_65001_v4", 65001L), (s.Description, s.RouterSessionName, s.PeerAsn));
            Assert.Equal(AdminState.Down, (await db.Sessions.AsNoTracking().SingleAsync(x => x.RouterSessionName == "peer_65002_v6")).DesiredAdminState);
            Assert.Equal(50, await db.Sessions.CountAsync(x => x.RouterId == routerId));
        }
        // moved, not restarted: every protocol still there and up since the same moment; no state change in BIRD's own log
        var afterImport = await ProtocolsAsync();
        Assert.Equal(before.Keys.Order(), afterImport.Keys.Order());
        // to the second: BIRD may touch the milliseconds on a channel event, while a restart takes at least its 1 s connect delay
        Assert.All(before.Where(p => p.Value.State == "up"), p => Assert.Equal(p.Key + " " + p.Value.Since[..8], p.Key + " " + afterImport[p.Key].Since[..8]));
        Assert.DoesNotContain("State changed", await LogSinceAsync(logAtImport));
        Assert.Equal(50, (await lab.RootText("ls", "/etc/bird/peeringhub.d")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // 5. Bulk admin down / up of all 50 on the router.
        var ids = imported.Select(o => o.SessionId!.Value).ToList();
        var down = await inventory.AdminAsync(SessionAction.AdminDown, ids);
        Assert.All(down.Outcomes, o => Assert.True(o.Succeeded, $"{o.Label}: {o.Error}"));
        Assert.All((await ProtocolsAsync()).Values, p => Assert.Equal("down", p.State));
        var up = await inventory.AdminAsync(SessionAction.AdminUp, ids);
        Assert.All(up.Outcomes, o => Assert.True(o.Succeeded, $"{o.Label}: {o.Error}"));
        output.WriteLine($"bulk admin down of 50: {down.Took.TotalMilliseconds:0} ms; up: {up.Took.TotalMilliseconds:0} ms");
        // The log does record these protocols' state changes, so its "no state change" checks above and below can fail.
        Assert.Contains("peer_65001_v4: State changed", await LogSinceAsync(logAtImport));
        await WaitEstablishedAsync(2 * Peers - 4, TimeSpan.FromSeconds(30)); // all but the dead peer's two (p002_v6 is up now)

        // 6. Configure of the imported MD5 session with an edited description: one line changes, the session never drops.
        var protocolsBefore = await ProtocolsAsync();
        var fileBefore = await lab.RootText("cat", "/etc/bird/peeringhub.d/peer_65001_v4.conf");
        await using (var scope = database.Scope())
            await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Sessions.Where(s => s.Id == md5.SessionId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Description, "AS65001 edited by PeeringHub").SetProperty(s => s.State, BgpState.Established));
        var logAtConfigure = await LogSizeAsync();
        ConfigPreview preview;
        ConfigApplyResult applied;
        await using (var scope = database.Scope())
        {
            var configurator = scope.ServiceProvider.GetRequiredService<SessionConfigurator>();
            preview = (await configurator.PreviewAsync(md5.SessionId!.Value)).Value!;
            applied = await configurator.ApplyAsync(md5.SessionId!.Value);
        }
        Assert.True(preview.CheckPassed, preview.CheckMessage);
        Assert.Equal(["- \tdescription \"AS65001 peer 1 over IPv4\";", "+ \tdescription \"AS65001 edited by PeeringHub\";"],
            preview.Diff.Where(l => !l.StartsWith("  ", StringComparison.Ordinal)).ToArray());
        Assert.Contains("password \"********\";", preview.Running);
        Assert.True(applied.Applied && !applied.RolledBack, applied.Message);
        Assert.Equal(BgpState.Established, applied.StateAfter);
        var fileAfter = await lab.RootText("cat", "/etc/bird/peeringhub.d/peer_65001_v4.conf");
        Assert.Equal(fileBefore.Replace("AS65001 peer 1 over IPv4", "AS65001 edited by PeeringHub"), fileAfter);
        Assert.Equal(protocolsBefore["peer_65001_v4"].Since[..8], (await ProtocolsAsync())["peer_65001_v4"].Since[..8]);
        Assert.DoesNotContain("peer_65001_v4: State changed", await LogSinceAsync(logAtConfigure));

        // 7. Config Manager shows the router's own text; a Configure without edits changes nothing.
        var other = imported.Single(o => o.Name == "peer_65003_v6").SessionId!.Value;
        await using (var scope = database.Scope())
        {
            var configurator = scope.ServiceProvider.GetRequiredService<SessionConfigurator>();
            var shown = (await configurator.PreviewAsync(other)).Value!;
            Assert.Equal("protocol bgp peer_65003_v6 from ixp6 {\n\tdescription \"AS65003 peer 3 over IPv6\";\n\tneighbor 2001:db8:ffff::13 as 65003;\n}\n", shown.Running);
            Assert.All(shown.Diff, l => Assert.StartsWith("  ", l));
            var fileBefore7 = await lab.RootText("cat", "/etc/bird/peeringhub.d/peer_65003_v6.conf");
            var sinceBefore7 = (await ProtocolsAsync())["peer_65003_v6"].Since[..8];
            var unchanged = await configurator.ApplyAsync(other);
            Assert.True(unchanged.Applied && !unchanged.RolledBack, unchanged.Message);
            Assert.Equal(fileBefore7, await lab.RootText("cat", "/etc/bird/peeringhub.d/peer_65003_v6.conf"));
            Assert.Equal(sinceBefore7, (await ProtocolsAsync())["peer_65003_v6"].Since[..8]);

            // A broken edit is refused by BIRD on a scratch copy: the error names the router's own file, the live file is
            // untouched, and no scratch folder is left behind.
            var liveBefore = await lab.RootText("cat", "/etc/bird/peeringhub.d/peer_65003_v6.conf");
            var broken = (await configurator.PreviewAsync(other, shown.Running!.Replace("as 65003;", "as ;"))).Value!;
            Assert.False(broken.CheckPassed);
            Assert.Contains("/etc/bird/peeringhub.d/peer_65003_v6.conf", broken.CheckMessage);
            Assert.Equal(liveBefore, await lab.RootText("cat", "/etc/bird/peeringhub.d/peer_65003_v6.conf"));
            Assert.Equal("", (await lab.RootText("find", "/tmp", "-maxdepth", "1", "-name", "peeringhub-check.*", "-user", lab.Env["GATE_USER"])).Trim());
        }

        // 8. The guard on every apply: no second protocol for a neighbor another protocol has.
        await using (var scope = database.Scope())
        {
            var client = scope.ServiceProvider.GetRequiredService<RouterClient>();
            var target = scope.ServiceProvider.GetRequiredService<RouterTargetFactory>().Create(await OnboardingInventory.RouterAsync(scope, routerId));
            var second = await client.ApplyAsync(target, new SessionConfig("ph_9999", "192.0.2.14", 65004));
            Assert.False(second.Succeeded);
            Assert.Contains("second protocol for neighbor 192.0.2.14, which protocol peer_65004_v4 already has", second.Message);
        }
        Assert.DoesNotContain("ph_9999", await lab.RootText("birdc", "show", "protocols"));
    }

    async Task WaitEstablishedAsync(int expected, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        int count;
        do
        {
            count = (await ProtocolsAsync()).Values.Count(p => p.Info.StartsWith("Established", StringComparison.Ordinal));
            if (count >= expected) return;
            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{count}/{expected} sessions Established after {within.TotalSeconds:0} s");
    }

    /// <summary>BGP protocols as BIRD itself lists them (name → state, since, info): an observer independent of our driver.</summary>
    async Task<Dictionary<string, (string State, string Since, string Info)>> ProtocolsAsync() =>
        (await lab.RootText("birdc", "show", "protocols")).Split('\n')
            .Select(l => Regex.Match(l, @"^(\S+)\s+BGP\s+\S+\s+(\S+)\s+(\S+)\s*(.*)$")).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value.Trim()));

    async Task<long> LogSizeAsync() => long.Parse((await lab.RootText("stat", "-c", "%s", "/var/log/bird/bird.log")).Trim());

    async Task<string> LogSinceAsync(long offset) => await lab.RootText("tail", "-c", $"+{offset + 1}", "/var/log/bird/bird.log");
}
