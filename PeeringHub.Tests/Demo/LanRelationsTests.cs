using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.Tests.Demo;

/// <summary>The one computation behind the peering manager and the matrix: evidence both ways, marks only for who made them.</summary>
[Trait("Kind", "Unit")]
public class LanRelationsTests
{
    static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    static LanRelations Lan(IReadOnlyList<(int, int)> sessions, params (int Viewer, RelationFact Fact)[] marks) => new(
        1,
        [new(1, "192.0.2.1", null, true), new(2, "192.0.2.2", null, true), new(3, "192.0.2.3", null, false), new(4, "192.0.2.4", null, true)],
        [new DetectedPairFact("192.0.2.2", "192.0.2.3", Now.AddHours(-1), DetectedSessionState.Established) { FirstSeen = Now.AddDays(-3), Samples = 7 }],
        sessions, marks.ToLookup(m => m.Viewer, m => m.Fact), Now, TimeSpan.FromDays(28));

    [Fact]
    public void Our_established_session_counts_for_both_ends()
    {
        var lan = Lan([(1, 3)]);
        Assert.Equal(PeeringReason.ConfiguredSession, lan.RowsFor(1)[3].Reasons);
        Assert.Equal(PeeringReason.ConfiguredSession, lan.RowsFor(3)[1].Reasons);
        Assert.Equal(PeeringTab.Peers, lan.RowsFor(3)[1].Tab);
    }

    [Fact]
    public void Sflow_evidence_is_seen_from_both_sides_with_first_and_last_seen()
    {
        var lan = Lan([]);
        foreach (var row in new[] { lan.RowsFor(2)[3], lan.RowsFor(3)[2] })
        {
            Assert.Equal((PeeringTab.Peers, PeeringReason.DetectedBilateral), (row.Tab, row.Reasons));
            Assert.Equal((Now.AddDays(-3), Now.AddHours(-1), 7L), (row.DetectedFirstSeen!.Value, row.DetectedLastSeen!.Value, row.DetectedSamples));
        }
        Assert.Equal((PeeringTab.PotentialBilateral, PeeringReason.RouteServer), (lan.RowsFor(1)[2].Tab, lan.RowsFor(1)[2].Reasons));
    }

    [Fact]
    public void A_mark_made_by_hand_belongs_to_the_network_that_made_it()
    {
        var lan = Lan([], (4, new RelationFact(1, ManualMark.Rejected, false, null, 0)));
        Assert.Equal(PeeringTab.Rejected, lan.RowsFor(4)[1].Tab);
        Assert.Equal(PeeringTab.PotentialBilateral, lan.RowsFor(1)[4].Tab);
    }
}
