using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Simulated;
using PeeringHub.Tests.Reference.Irr;

namespace PeeringHub.Tests.Routers.Simulated;

/// <summary>
/// The demo's simulated routers behave like routers: sessions come up only when the configuration agrees with the peer, a
/// changed session restarts, the flaky link flaps, admin state is batched and persisted in the text, and the platform's
/// rules refuse a broken text.
/// </summary>
[Trait("Kind", "Unit")]
public class SimulatedRouterTests
{
    static readonly SimulatedDefinitions Groups = new(new HashSet<string> { "IX_PEERS" });
    readonly ManualClock clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    static SimulatedPeer Peer(long asn, string? password = null, bool flaky = false) => new(asn, 64496, password, Answers: true, Prefixes: 20, Flaky: flaky);

    (SimulatedRouter Router, ISimulatedDialect Dialect) Bird(params (string Name, string Ip, long Asn, bool Flaky)[] sessions)
    {
        var dialect = new SimulatedBirdDialect();
        var router = new SimulatedRouter(dialect, clock, 64496, seed: 1);
        foreach (var (name, ip, asn, flaky) in sessions)
        {
            var rendered = dialect.Render(new SessionConfig(name, ip, asn, PeerGroup: "IX_PEERS", Description: "demo peer"));
            router.Add(rendered, dialect.Check(rendered, Groups), Peer(asn, flaky: flaky), clock.Now.UtcDateTime.AddHours(-3));
        }
        return (router, dialect);
    }

    RouterSession Session(SimulatedRouter router, string name) => router.List().Single(s => s.Name == name);

    void Advance(TimeSpan by) => clock.Now += by;

    [Fact]
    public void Sessions_AgreeingWithTheirPeers_AreEstablished_WithPrefixCounts()
    {
        var (router, _) = Bird(("ph_1", "192.0.2.10", 64497, false), ("ph_2", "2001:db8:1::a", 64497, false));
        var v4 = Session(router, "ph_1");
        Assert.Equal(BgpState.Established, v4.State);
        Assert.Equal(new PrefixCounters("ipv4", 20, 18, 2), Assert.Single(v4.Families));
        Assert.Equal("ipv6", Assert.Single(Session(router, "ph_2").Families).Family);
    }

    [Fact]
    public void AppliedConfig_WithAWrongPeerAs_DoesNotComeUp_AndThePreviousOneDoes()
    {
        var (router, dialect) = Bird(("ph_1", "192.0.2.10", 64497, false));
        var good = router.Running().Single();
        router.Apply(dialect.Render(new SessionConfig("ph_1", "192.0.2.10", 64999, PeerGroup: "IX_PEERS")), Groups, null);
        Advance(TimeSpan.FromSeconds(30));
        var wrong = Session(router, "ph_1");
        Assert.Equal((BgpState.Active, "Error: Bad peer AS"), (wrong.State, wrong.LastError));

        router.Apply(good, Groups, null); // what SessionConfigurator's rollback sends
        Assert.Equal(BgpState.Connect, Session(router, "ph_1").State);
        Advance(SimulatedRouter.RestartTime + TimeSpan.FromMilliseconds(1));
        Assert.Equal(BgpState.Established, Session(router, "ph_1").State);
        Assert.Equal(good.Text, router.Running().Single().Text);
    }

    [Fact]
    public void AWrongPassword_KeepsTheSessionInConnect_WithoutAReason_LikeBirdAndFrr()
    {
        var (router, dialect) = Bird(("ph_1", "192.0.2.10", 64497, false));
        router.Apply(dialect.Render(new SessionConfig("ph_1", "192.0.2.10", 64497, Md5Password: "not-agreed", PeerGroup: "IX_PEERS")), Groups, null);
        Advance(TimeSpan.FromSeconds(30));
        Assert.Equal((BgpState.Connect, (string?)null), (Session(router, "ph_1").State, Session(router, "ph_1").LastError));
    }

    [Fact]
    public void ADescriptionChange_DoesNotRestartTheSession()
    {
        var (router, dialect) = Bird(("ph_1", "192.0.2.10", 64497, false));
        var since = Session(router, "ph_1").Since;
        router.Apply(dialect.Render(new SessionConfig("ph_1", "192.0.2.10", 64497, PeerGroup: "IX_PEERS", Description: "renamed")), Groups, null);
        var after = Session(router, "ph_1");
        Assert.Equal((BgpState.Established, since, "renamed"), (after.State, after.Since, after.Description));
    }

    [Fact]
    public void FlakyLink_FlapsWithinTheFirstMinute_AndComesBack_ButNotRightAfterAnOperatorChangedIt()
    {
        var (router, _) = Bird(("ph_1", "192.0.2.10", 64497, false), ("ph_2", "203.0.113.1", 64500, true));
        Assert.True(router.NextChange() <= clock.Now + TimeSpan.FromSeconds(60));
        Advance(SimulatedRouter.FirstFlapAfter);
        var flapped = Session(router, "ph_2");
        Assert.Equal((BgpState.Idle, "Hold timer expired"), (flapped.State, flapped.LastError));
        Assert.Equal(BgpState.Established, Session(router, "ph_1").State); // only the flaky link
        Assert.Equal(clock.Now + SimulatedRouter.FlapDown, router.NextChange());
        Advance(SimulatedRouter.FlapDown);
        Assert.Equal(BgpState.Established, Session(router, "ph_2").State);

        router.SetAdminState(["ph_2"], down: false, null); // touched by an operator: left alone for a while
        Advance(SimulatedRouter.RestartTime);
        // a flap is due every 40-70 s: within LeaveChangedAlone it hits the other session, never this one
        for (var waited = TimeSpan.Zero; waited < SimulatedRouter.LeaveChangedAlone - TimeSpan.FromSeconds(10); waited += TimeSpan.FromSeconds(5), Advance(TimeSpan.FromSeconds(5)))
            Assert.NotEqual("Hold timer expired", Session(router, "ph_2").LastError);
    }

    [Fact]
    public void AdminDownAndUp_AreBatched_PersistedInTheText_AndCarryTheShutdownMessage()
    {
        var (router, _) = Bird(("ph_1", "192.0.2.10", 64497, false), ("ph_2", "192.0.2.11", 64498, false));
        var down = router.SetAdminState(["ph_1", "ph_2", "ph_9"], down: true, "maintenance");
        Assert.Equal([true, true, false], down.Select(r => r.Succeeded));
        Assert.Contains("shutdown message \"maintenance\"", down[0].Message);
        Assert.Equal("ph_9: no such session on the router", down[2].Message);
        Assert.All(router.Running(), c => Assert.Contains("  disabled;", c.Text));
        Assert.All(router.List(), s => Assert.Equal((BgpState.AdminDown, true), (s.State, s.AdminDisabled)));

        Assert.All(router.SetAdminState(["ph_1", "ph_2"], down: false, null), r => Assert.True(r.Succeeded));
        Assert.All(router.Running(), c => Assert.DoesNotContain("disabled", c.Text));
        Advance(SimulatedRouter.RestartTime);
        Assert.All(router.List(), s => Assert.Equal(BgpState.Established, s.State));
    }

    [Fact]
    public void FrrAdminDown_IsTheShutdownLineWithItsMessage()
    {
        var dialect = new SimulatedFrrDialect();
        var router = new SimulatedRouter(dialect, clock, 64496, seed: 1);
        var rendered = dialect.Render(new SessionConfig("x", "198.51.100.10", 64497, PeerGroup: "IX_PEERS"));
        router.Add(rendered, dialect.Check(rendered, Groups), Peer(64497), clock.Now.UtcDateTime);
        Assert.True(Assert.Single(router.SetAdminState(["198.51.100.10"], down: true, "maintenance")).Succeeded);
        Assert.Contains(" neighbor 198.51.100.10 shutdown message maintenance\n", router.Running().Single().Text);
        Assert.Equal(BgpState.AdminDown, router.List().Single().State);
    }

    [Fact]
    public void ASecondSessionToTheSameNeighbor_IsRefused_AndNothingChanges()
    {
        var (router, dialect) = Bird(("ph_1", "192.0.2.10", 64497, false));
        var e = Assert.Throws<RouterException>(() => router.Apply(dialect.Render(new SessionConfig("ph_2", "192.0.2.10", 64497)), Groups, null));
        Assert.Contains("second session for neighbor 192.0.2.10", e.Message);
        Assert.Equal(["ph_1"], router.Running().Select(c => c.Session));
    }
}
