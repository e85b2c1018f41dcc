using System.Diagnostics;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Tests.Routers.Lab;

/// <summary>Driver behaviour against real BGP sessions, run once with a BIRD router and once with an FRR router.
/// Every test leaves the lab as it found it (sessions back up, added sessions removed).</summary>
public abstract class RouterLabTests<TFixture>(TFixture lab) : RouterLabTestsBase(lab) where TFixture : RouterLabFixture
{
    protected new TFixture Lab { get; } = lab;

    protected SessionConfig Spare(int family, string? password, string? description = null) =>
        new($"ph_spare_v{family}", RouterLabFixture.PeerIp(Lab.Spare, family), 65000 + Lab.Spare, Description: description ?? $"spare v{family}", Md5Password: password);

    protected string SpareName(int family) => Lab.Platform == RouterPlatform.Bird2 ? $"ph_spare_v{family}" : RouterLabFixture.PeerIp(Lab.Spare, family);

    protected async Task RemoveSpare(int family)
    {
        var r = await Lab.Client.RemoveAsync(Lab.Ssh, SpareName(family), new ApplyOptions(TimeSpan.FromSeconds(30)));
        Assert.True(r.Succeeded, $"{r.Error}: {r.Message}");
    }

    [Fact]
    public async Task ListSessions_StatesAndPrefixCounts_MatchTheLab()
    {
        // the FRR peer sends its routes ~1 s after Established, so wait until every live session has them
        var sessions = await WaitFor(() => List(), l => l.Count(s => s.State == BgpState.Established && s.Families.Any(f => f.Accepted > 0)) >= Lab.EstablishedBaseline,
            TimeSpan.FromSeconds(20), "prefixes on every Established session");
        Assert.Equal(Lab.ConfiguredSessions, sessions.Count);
        var by = sessions.ToDictionary(s => s.Name);
        for (var peer = 1; peer <= RouterLabFixture.Peers; peer++)
        {
            if (peer == Lab.Spare) continue;
            foreach (var af in new[] { 4, 6 })
            {
                var s = by[Lab.Session(peer, af)];
                Assert.Equal(65000 + peer, s.NeighborAsn);
                Assert.Equal(RouterLabFixture.PeerIp(peer, af), s.NeighborIp.ToString());
                if (peer == 2 && af == 6)
                {
                    Assert.Equal(BgpState.AdminDown, s.State);
                    Assert.True(s.AdminDisabled);
                }
                else if (peer == Lab.Dead)
                {
                    Assert.Contains(s.State, new[] { BgpState.Active, BgpState.Connect, BgpState.Idle });
                    if (Lab.Platform == RouterPlatform.Bird2) Assert.Contains("Connection refused", s.LastError);
                }
                else
                {
                    Assert.Equal(BgpState.Established, s.State);
                    Assert.NotNull(s.Since);
                    var fam = Assert.Single(s.Families);
                    Assert.Equal(af == 4 ? "ipv4" : "ipv6", fam.Family);
                    Assert.Equal(af == 4 ? 2 : 1, fam.Accepted);              // /24 (v4) and /48 (v6) pass the import filter
                    if (Lab.Platform == RouterPlatform.Bird2)
                    {
                        Assert.Equal(af == 4 ? 3 : 2, fam.Received);           // 3 v4 / 2 v6 announced
                        Assert.Equal(1, fam.Filtered);                          // the longer prefix
                    }
                }
            }
        }
        Assert.Equal(BgpState.Established, by[Lab.Session(1, 4)].State); // the TCP-MD5 session
    }

    [Fact]
    public async Task LocalTransport_SameSessionsAsSsh()
    {
        var viaSsh = (await List()).Select(s => s.Name).Order().ToList();
        var viaLocal = (await List(Lab.Local)).Select(s => s.Name).Order().ToList();
        Assert.Equal(viaSsh, viaLocal);
    }

    [Fact]
    public async Task AdminDown_OneSessionWithMessage_ObservedOnRouter_ThenUp()
    {
        await WaitForBaseline();
        var name = Lab.Session(3, 4);
        var down = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Down, "lab maintenance"));
        Assert.True(down.Succeeded, down.Message);
        Assert.True(Assert.Single(down.Value!).Succeeded, down.Value![0].Message);
        Assert.True(await RouterSaysAdminDown(name));
        Assert.Equal(BgpState.AdminDown, (await List()).Single(s => s.Name == name).State);

        var up = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Up));
        Assert.True(up.Succeeded && up.Value!.All(r => r.Succeeded), up.Message);
        Assert.False(await RouterSaysAdminDown(name));
        await WaitFor(() => List(), l => l.Single(s => s.Name == name).State == BgpState.Established, TimeSpan.FromSeconds(15), $"{name} Established again");
    }

    [Fact]
    public async Task StateChangeHint_ArrivesWhenASessionChanges_EvenBetweenTwoWaits_QuietOtherwise_AndNotOverTheLocalSocket()
    {
        await WaitForBaseline();
        var name = Lab.Session(5, 4);
        var quiet = await Lab.Client.WaitForStateChangeAsync(Lab.Ssh, TimeSpan.FromSeconds(1));
        Assert.True(quiet.Succeeded, quiet.Message);
        Assert.Equal(StateChangeHint.Quiet, quiet.Value!.Hint);
        Assert.NotNull(quiet.Value.LogPosition);

        var waiting = Lab.Client.WaitForStateChangeAsync(Lab.Ssh, TimeSpan.FromSeconds(20), quiet.Value.LogPosition);
        await Task.Delay(500); // the watch is running on the router
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var down = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Down));
        long? afterDown;
        try
        {
            Assert.True(down.Succeeded && down.Value!.All(r => r.Succeeded), down.Message);
            var hint = await waiting;
            Assert.True(hint.Succeeded, hint.Message);
            Assert.Equal(StateChangeHint.Changed, hint.Value!.Hint);
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"the hint took {sw.Elapsed}, as long as the whole wait");
            afterDown = hint.Value.LogPosition;
            Assert.True(afterDown > quiet.Value.LogPosition, $"the log position did not move past the change: {quiet.Value.LogPosition} → {afterDown}");
        }
        finally
        {
            var up = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Up));
            Assert.True(up.Succeeded && up.Value!.All(r => r.Succeeded), up.Message);
        }

        // The admin up happened while nobody was waiting: the next wait, from where the last one stopped, still reports it at once.
        sw.Restart();
        var between = await Lab.Client.WaitForStateChangeAsync(Lab.Ssh, TimeSpan.FromSeconds(20), afterDown);
        Assert.True(between.Succeeded, between.Message);
        Assert.Equal(StateChangeHint.Changed, between.Value!.Hint);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"a change logged between two waits took {sw.Elapsed} to report");

        // The control socket has no log to watch: such a router is polled on the interval only.
        var local = await Lab.Client.WaitForStateChangeAsync(Lab.Local, TimeSpan.FromSeconds(1));
        Assert.Equal(RouterErrorKind.Rejected, local.Error);
        await WaitForBaseline();
    }

    [Fact]
    public async Task AdminDownUp_FortyOneSessionsInOneCall_ObservedOnRouter()
    {
        await WaitForBaseline();
        var names = (await List()).Where(s => !s.AdminDisabled).Select(s => s.Name).ToList();
        Assert.True(names.Count >= 40, $"only {names.Count} sessions");
        var sw = Stopwatch.StartNew();
        var down = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest(names, AdminState.Down, "batch test"));
        var downTime = sw.Elapsed;
        Assert.True(down.Succeeded, down.Message);
        Assert.Equal(names.Count, down.Value!.Count(r => r.Succeeded));
        foreach (var n in names) Assert.True(await RouterSaysAdminDown(n), $"{n} not down on the router");

        var up = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest(names, AdminState.Up));
        Assert.True(up.Succeeded, up.Message);
        Assert.Equal(names.Count, up.Value!.Count(r => r.Succeeded));
        await WaitForBaseline();
        Assert.True(downTime < TimeSpan.FromSeconds(5), $"batched admin down took {downTime}");
    }

    [Fact]
    public async Task AddSessionWithMd5_Established_InRunningConfig_ThenRemoved()
    {
        var apply = await Lab.Client.ApplyAsync(Lab.Ssh, Spare(4, Lab.Env["SPARE_PW"]) with { MaxPrefix = 100 });
        Assert.True(apply.Succeeded, $"{apply.Error}: {apply.Message}");
        await WaitFor(() => List(), l => l.Any(s => s.Name == SpareName(4) && s.State == BgpState.Established), TimeSpan.FromSeconds(15), "spare v4 Established");
        var running = await Lab.Client.ReadRunningConfigAsync(Lab.Ssh);
        Assert.True(running.Succeeded, running.Message);
        Assert.Contains(running.Value!, c => c.Session == SpareName(4) && c.Text.Contains(Lab.Env["SPARE_PW"]));

        await RemoveSpare(4);
        await WaitFor(() => List(), l => l.All(s => s.Name != SpareName(4)), TimeSpan.FromSeconds(10), "spare v4 gone");
        Assert.DoesNotContain(SpareName(4), await Lab.RouterCli(Lab.Platform == RouterPlatform.Bird2 ? ["show", "protocols"] : ["-c", "show bgp summary"]));
    }

    [Fact]
    public async Task AddSessionWithWrongMd5_StaysNotEstablished_AndIsReported()
    {
        var apply = await Lab.Client.ApplyAsync(Lab.Ssh, Spare(6, "wrong-password"));
        Assert.True(apply.Succeeded, $"{apply.Error}: {apply.Message}");
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(4)); // an unsigned/mis-signed SYN is dropped: no error, just no session
            var s = Assert.Single(await List(), x => x.Name == SpareName(6));
            Assert.NotEqual(BgpState.Established, s.State);
            Assert.Contains(s.State, new[] { BgpState.Connect, BgpState.Active, BgpState.Idle });
        }
        finally { await RemoveSpare(6); }
    }

    [Theory]
    [InlineData("x\"; disable all; \"")]
    [InlineData("line1\nline2\"}; protocol bgp evil from peer4 { neighbor 192.0.2.99 as 1; }\nneighbor 192.0.2.99 remote-as 1")]
    [InlineData("$(touch /tmp/phl-pwned) `touch /tmp/phl-pwned2`")]
    public async Task HostileDescription_ChangesNothingButTheDescription(string description)
    {
        await WaitForBaseline();
        var before = await List();
        var apply = await Lab.Client.ApplyAsync(Lab.Ssh, Spare(4, Lab.Env["SPARE_PW"], description));
        try
        {
            Assert.True(apply.Succeeded, $"{apply.Error}: {apply.Message}");
            var after = await List();
            Assert.Equal(before.Select(s => s.Name).Append(SpareName(4)).Order(), after.Select(s => s.Name).Order()); // nothing else added
            Assert.Equal(before.Where(s => s.AdminDisabled).Select(s => s.Name), after.Where(s => s.AdminDisabled).Select(s => s.Name)); // nothing disabled
            Assert.Equal(SafeText.Description(description), after.Single(s => s.Name == SpareName(4)).Description);
            Assert.False(File.Exists("/tmp/phl-pwned") || File.Exists("/tmp/phl-pwned2"), "a $(...) was executed");
        }
        finally { await RemoveSpare(4); }
    }

    [Fact]
    public async Task RejectedConfig_RouterErrorReturned_RunningConfigUnchanged()
    {
        var before = (await Lab.Client.ReadRunningConfigAsync(Lab.Ssh)).Value!;
        var sessionsBefore = (await List()).Select(s => s.Name).Order().ToList();
        var r = await Lab.Client.ApplyAsync(Lab.Ssh, Spare(4, Lab.Env["SPARE_PW"]) with { PeerGroup = "no_such_group" });
        Assert.False(r.Succeeded);
        Assert.Equal(RouterErrorKind.Rejected, r.Error);
        // the router's own words: BIRD names the file and position, FRR prints its "%" message
        Assert.Contains(Lab.Platform == RouterPlatform.Bird2 ? "peers.d/ph_spare_v4.conf" : "% ", r.Message);
        var after = (await Lab.Client.ReadRunningConfigAsync(Lab.Ssh)).Value!;
        Assert.Equal(before.Select(c => (c.Session, c.Text)), after.Select(c => (c.Session, c.Text)));
        Assert.Equal(sessionsBefore, (await List()).Select(s => s.Name).Order().ToList());
    }

    [Fact]
    public async Task Check_GoodAndBadConfig_NothingChanges()
    {
        var before = (await Lab.Client.ReadRunningConfigAsync(Lab.Ssh)).Value!;
        var good = await Lab.Client.CheckAsync(Lab.Ssh, (await Lab.Client.RenderAsync(Lab.Ssh, Spare(4, "pw"))).Value!);
        Assert.True(good.Succeeded, good.Message);
        var bad = await Lab.Client.CheckAsync(Lab.Ssh, (await Lab.Client.RenderAsync(Lab.Ssh, Spare(4, "pw") with { PeerGroup = "no_such_group" })).Value!);
        Assert.Equal(RouterErrorKind.Rejected, bad.Error);
        Assert.Contains(Lab.Platform == RouterPlatform.Bird2 ? "peers.d/ph_spare_v4.conf" : "no_such_group", bad.Message);
        var after = (await Lab.Client.ReadRunningConfigAsync(Lab.Ssh)).Value!;
        Assert.Equal(before.Select(c => (c.Session, c.Text)), after.Select(c => (c.Session, c.Text)));
    }

    [Fact]
    public async Task BatchWithUnknownSession_OthersStillApplied_UnknownReported()
    {
        await WaitForBaseline();
        var name = Lab.Session(5, 4);
        var unknown = Lab.Platform == RouterPlatform.Bird2 ? "p999_v4" : "192.0.2.250";
        var r = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([unknown, name], AdminState.Down));
        Assert.True(r.Succeeded, r.Message);
        Assert.True(r.Value!.Single(x => x.Session == name).Succeeded, r.Value!.Single(x => x.Session == name).Message);
        Assert.False(r.Value!.Single(x => x.Session == unknown).Succeeded);
        Assert.True(await RouterSaysAdminDown(name));
        var up = await Lab.Client.SetAdminStateAsync(Lab.Ssh, new AdminStateRequest([name], AdminState.Up));
        Assert.True(up.Succeeded && up.Value!.All(x => x.Succeeded), up.Message);
        await WaitForBaseline();
    }

    /// <summary>Admin state as the router itself reports it on its control socket.</summary>
    protected async Task<bool> RouterSaysAdminDown(string name)
    {
        if (Lab.Platform == RouterPlatform.Bird2)
        {
            var line = (await Lab.RouterCli("show", "protocols", name)).Split('\n').Single(l => l.StartsWith(name + " "));
            return line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3] == "down";
        }
        var json = await Lab.RouterCli("-c", $"show bgp neighbors {name} json");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return doc.RootElement.GetProperty(name).TryGetProperty("adminShutDown", out var a) && a.GetBoolean();
    }
}
