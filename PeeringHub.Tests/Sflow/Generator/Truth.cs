using System.Text.Json;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>The truth file written next to a generated capture.</summary>
public sealed class Truth
{
    public int Seed { get; set; }
    public List<GeneratedLan> Lans { get; set; } = [];
    public List<GeneratedMember> Members { get; set; } = [];
    public List<TruthPair> Pairs { get; set; } = [];
    public TruthCounts Counts { get; set; } = new();

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));

    public static Truth Load(string path) => JsonSerializer.Deserialize<Truth>(File.ReadAllText(path))!;
}
