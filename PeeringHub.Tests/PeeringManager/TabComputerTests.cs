using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Tests.PeeringManager;

[Trait("Kind", "PeeringManager")]
public class TabComputerTests
{
    static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    const int Me = 1;

    static TabInput Input(LanMemberFact[] members, DetectedPairFact[]? detected = null, int[]? established = null, RelationFact[]? relations = null) => new()
    {
        ViewingNetworkId = Me, Members = members, Detected = detected ?? [], EstablishedPeers = established ?? [], Relations = relations ?? [],
        Now = Now, DetectionWindow = TimeSpan.FromDays(28),
    };

    static TabRow Row(List<TabRow> rows, int id) => Assert.Single(rows, r => r.NetworkId == id);

    static LanMemberFact M(int id, bool rs, int host) => new(id, $"192.0.2.{host}", $"2001:db8::{host:x}", rs);

    [Fact]
    public void Route_server_flags_of_both_members_decide_between_potential_and_potential_bilateral()
    {
        var rows = TabComputer.Compute(Input([M(Me, true, 1), M(2, true, 2), M(3, false, 3)]));
        Assert.Equal(PeeringTab.PotentialBilateral, Row(rows, 2).Tab);
        Assert.Equal(PeeringReason.RouteServer, Row(rows, 2).Reasons);
        Assert.Equal(PeeringTab.Potential, Row(rows, 3).Tab);
        Assert.Equal(2, rows.Count);

        var notRs = TabComputer.Compute(Input([M(Me, false, 1), M(2, true, 2)]));
        Assert.Equal(PeeringTab.Potential, Row(notRs, 2).Tab);
    }

    [Fact]
    public void Only_an_established_detection_makes_a_peer_refused_and_unconfirmed_are_shown_apart()
    {
        var rows = TabComputer.Compute(Input([M(Me, true, 1), M(2, true, 2), M(3, false, 3), M(4, false, 4), M(5, false, 5)],
            detected:
            [
                new("192.0.2.1", "192.0.2.2", Now.AddDays(-1), DetectedSessionState.Established),
                new("2001:db8::1", "2001:db8::3", Now.AddHours(-2), DetectedSessionState.Established),
                // A refused connection (handshake, RST) and bare ACKs only: not sessions, but shown.
                new("192.0.2.1", "192.0.2.4", Now.AddHours(-1), DetectedSessionState.Refused),
                new("192.0.2.1", "192.0.2.5", Now.AddHours(-1), DetectedSessionState.Unconfirmed),
            ]));
        Assert.Equal(PeeringTab.Peers, Row(rows, 2).Tab);
        Assert.Equal(PeeringReason.RouteServer | PeeringReason.DetectedBilateral, Row(rows, 2).Reasons);
        Assert.Equal("route servers + bilateral (sFlow)", Row(rows, 2).Why);
        Assert.Equal(PeeringTab.Peers, Row(rows, 3).Tab);
        Assert.Equal(PeeringTab.Potential, Row(rows, 4).Tab);
        Assert.Equal(PeeringReason.DetectedRefused, Row(rows, 4).Reasons);
        Assert.Equal("sFlow: connection refused", Row(rows, 4).Why);
        Assert.Equal(PeeringTab.Potential, Row(rows, 5).Tab);
        Assert.Equal(PeeringReason.DetectedUnconfirmed, Row(rows, 5).Reasons);
    }

    [Fact]
    public void Detection_older_than_the_window_expires()
    {
        LanMemberFact[] members = [M(Me, false, 1), M(2, false, 2)];
        var inside = TabComputer.Compute(Input(members, detected: [new("192.0.2.1", "192.0.2.2", Now.AddDays(-27.9), DetectedSessionState.Established)]));
        var outside = TabComputer.Compute(Input(members, detected: [new("192.0.2.1", "192.0.2.2", Now.AddDays(-28.1), DetectedSessionState.Established)]));
        Assert.Equal(PeeringTab.Peers, Row(inside, 2).Tab);
        Assert.Equal(PeeringTab.Potential, Row(outside, 2).Tab);
    }

    [Fact]
    public void Pairs_between_two_other_members_do_not_count_for_the_viewer()
    {
        var rows = TabComputer.Compute(Input([M(Me, false, 1), M(2, false, 2), M(3, false, 3)],
            detected: [new("192.0.2.2", "192.0.2.3", Now, DetectedSessionState.Established)]));
        Assert.All(rows, r => Assert.Equal(PeeringTab.Potential, r.Tab));
    }

    [Fact]
    public void Non_canonical_member_addresses_match_canonical_sflow_addresses()
    {
        var rows = TabComputer.Compute(Input([new(Me, null, "2001:DB8:0::0001", false), new(2, null, "2001:0db8::00ff", false)],
            detected: [new("2001:db8::1", "2001:db8::ff", Now, DetectedSessionState.Established)]));
        Assert.Equal(PeeringTab.Peers, Row(rows, 2).Tab);
    }

    [Fact]
    public void Established_configured_session_makes_a_peer()
    {
        var rows = TabComputer.Compute(Input([M(Me, false, 1), M(2, false, 2)], established: [2, 99]));
        Assert.Equal(PeeringTab.Peers, Row(rows, 2).Tab);
        Assert.Equal(PeeringReason.ConfiguredSession, Row(rows, 2).Reasons);
    }

    [Fact]
    public void Manual_marks_override_the_data_and_carry_notes_and_request_history()
    {
        var sent = Now.AddDays(-3);
        var rows = TabComputer.Compute(Input([M(Me, true, 1), M(2, true, 2), M(3, false, 3), M(4, false, 4)],
            detected: [new("192.0.2.1", "192.0.2.2", Now, DetectedSessionState.Established)],
            relations:
            [
                new(2, ManualMark.Rejected, HasNotes: true, sent, 2),
                new(3, ManualMark.Peer, false, null, 0),
                new(4, ManualMark.None, true, null, 0),
                new(77, ManualMark.Peer, false, null, 0), // not on the LAN any more: ignored
            ]));
        Assert.Equal(PeeringTab.Rejected, Row(rows, 2).Tab);
        Assert.True(Row(rows, 2).HasNotes);
        Assert.Equal(sent, Row(rows, 2).LastRequestSentAt);
        Assert.Equal(2, Row(rows, 2).RequestCount);
        Assert.Equal(PeeringTab.Peers, Row(rows, 3).Tab);
        Assert.Equal("marked as peer by hand", Row(rows, 3).Why);
        Assert.Equal(PeeringTab.Potential, Row(rows, 4).Tab);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Several_ports_of_one_network_form_one_row_and_a_viewer_without_a_port_sees_nobody()
    {
        var rows = TabComputer.Compute(Input([M(Me, true, 1), new(2, "192.0.2.20", null, false), new(2, "192.0.2.21", null, true)]));
        var row = Row(rows, 2);
        Assert.Equal(["192.0.2.20", "192.0.2.21"], row.Ipv4);
        Assert.Equal(PeeringTab.PotentialBilateral, row.Tab);

        Assert.Empty(TabComputer.Compute(Input([M(2, true, 2), M(3, true, 3)])));
    }
}
