using PeeringHub.Routers.Frr;

namespace PeeringHub.Tests.Routers.Frr;

[Trait("Kind", "Unit")]
public class FrrParserFixtureTests
{
    public static TheoryData<string> Cases => FixtureCases.Cases("Frr", "Neighbors");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParseNeighbors_Fixture_MatchesExpected(string @case) =>
        FixtureCases.Verify("Frr", "Neighbors", @case, "show_bgp_neighbors_json.txt", o => FrrParser.ParseNeighbors(o, FixtureCases.Now));
}
