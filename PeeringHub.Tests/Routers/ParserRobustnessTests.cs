using PeeringHub.Routers.Bird;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Frr;

namespace PeeringHub.Tests.Routers;

/// <summary>Every prefix and many corruptions of real router output either parse or raise RouterParseException
/// with a line number inside the text; nothing else may escape (no IndexOutOfRange, NullReference, Format…).</summary>
[Trait("Kind", "Unit")]
public class ParserRobustnessTests
{
    public static TheoryData<string> Parsers => new() { "bird", "frr" };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void TruncatedAndCorruptedOutput_ParsesOrNamesTheLine(string parser)
    {
        var (file, parse) = parser == "bird"
            ? (TestPaths.Source("Routers", "Bird", "Fixtures", "Protocols", "bird2_0_12_lab", "show_protocols_all.txt"),
               (Func<string, IReadOnlyList<RouterSession>>)(o => BirdParser.ParseProtocolsAll(o, FixtureCases.Now)))
            : (TestPaths.Source("Routers", "Frr", "Fixtures", "Neighbors", "frr8_4_lab", "show_bgp_neighbors_json.txt"),
               o => FrrParser.ParseNeighbors(o, FixtureCases.Now));
        var text = File.ReadAllText(file);
        var rng = new Random(4271);
        var inputs = Enumerable.Range(0, 400).Select(_ => text[..rng.Next(text.Length)]).ToList();
        for (var i = 0; i < 400; i++)
        {
            var chars = text.ToCharArray();
            for (var k = 0; k < 1 + rng.Next(4); k++) chars[rng.Next(chars.Length)] = "x:{}\" \n9-%"[rng.Next(10)];
            inputs.Add(new string(chars));
        }
        var errors = 0;
        foreach (var input in inputs)
        {
            try
            {
                parse(input);
            }
            catch (RouterParseException e)
            {
                errors++;
                Assert.InRange(e.Line, 1, input.Split('\n').Length);
            }
        }
        Assert.True(errors > 0, "no corruption was detected at all"); // the corpus must exercise the error path
    }
}
