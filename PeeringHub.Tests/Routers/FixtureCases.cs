using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Tests.Routers;

/// <summary>Fixture-driven parser cases: one folder per case, <c>Routers/&lt;Platform&gt;/Fixtures/&lt;Getter&gt;/&lt;case&gt;/</c>
/// (a new platform's parser adds its own), with the command output and expected.json, either
/// the sessions or <c>{"error":{"line":N}}</c> for output that must be refused with the line named.</summary>
internal static class FixtureCases
{
    public static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(), new IpConverter() },
    };

    public static TheoryData<string> Cases(string platform, string getter)
    {
        var data = new TheoryData<string>();
        foreach (var d in Directory.GetDirectories(TestPaths.Source("Routers", platform, "Fixtures", getter)).Order()) data.Add(Path.GetFileName(d));
        return data;
    }

    public static void Verify(string platform, string getter, string @case, string outputFile, Func<string, IReadOnlyList<RouterSession>> parse)
    {
        var dir = TestPaths.Source("Routers", platform, "Fixtures", getter, @case);
        var expectedPath = Path.Combine(dir, "expected.json");
        Assert.True(File.Exists(expectedPath), $"{@case}: expected.json is missing");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!;
        var output = File.ReadAllText(Path.Combine(dir, outputFile));
        if (expected is JsonObject obj && obj["error"] is { } err)
        {
            var ex = Assert.Throws<RouterParseException>(() => parse(output));
            Assert.Equal((int)err["line"]!, ex.Line);
            Assert.Contains($"line {ex.Line}", ex.Message);
            return;
        }
        var actual = JsonNode.Parse(JsonSerializer.Serialize(parse(output), Json))!;
        if (!JsonNode.DeepEquals(expected, actual) && Environment.GetEnvironmentVariable("PH_FIXTURE_ACTUAL") is { Length: > 0 } dump)
            File.WriteAllText(Path.Combine(dump, $"{platform}-{@case}.json"), actual.ToJsonString(Json)); // for review before becoming expected.json
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{@case}: parsed sessions differ from expected.json. Actual:\n{actual.ToJsonString(Json)}");
    }

    private sealed class IpConverter : JsonConverter<IPAddress>
    {
        public override IPAddress Read(ref Utf8JsonReader reader, Type t, JsonSerializerOptions o) => IPAddress.Parse(reader.GetString()!);
        public override void Write(Utf8JsonWriter writer, IPAddress value, JsonSerializerOptions o) => writer.WriteStringValue(value.ToString());
    }
}
