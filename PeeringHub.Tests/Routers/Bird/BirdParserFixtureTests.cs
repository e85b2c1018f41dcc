using PeeringHub.Routers.Bird;

namespace PeeringHub.Tests.Routers.Bird;

[Trait("Kind", "Unit")]
public class BirdParserFixtureTests
{
    public static TheoryData<string> Cases => FixtureCases.Cases("Bird", "Protocols");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParseProtocolsAll_Fixture_MatchesExpected(string @case) =>
        FixtureCases.Verify("Bird", "Protocols", @case, "show_protocols_all.txt", o => BirdParser.ParseProtocolsAll(o, FixtureCases.Now));
}
