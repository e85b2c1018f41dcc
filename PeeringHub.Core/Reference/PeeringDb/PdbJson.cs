using System.Globalization;
using System.Text.Json;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>Field readers for PeeringDB records; a missing required field names the field instead of a bare KeyNotFound.</summary>
internal static class PdbJson
{
    public static int Id(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32()
            : throw new PeeringDbFormatException($"field '{name}' missing or not a number");

    public static long Long(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64()
            : throw new PeeringDbFormatException($"field '{name}' missing or not a number");

    public static int? IntOrNull(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public static long? LongOrNull(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    public static string? Str(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String) return null;
        var s = v.GetString();
        // PeeringDB sends "" for unset optional strings; null keeps "unset" distinct in our tables.
        return string.IsNullOrWhiteSpace(s) ? null : s;
    }

    public static bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public static DateTime Date(JsonElement e, string name) =>
        Str(e, name) is { } s ? DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : default;

    /// <summary>Fills the common fields; status "deleted" is how incremental pulls report removals.</summary>
    public static T Common<T>(T o, JsonElement e) where T : PdbObject
    {
        o.Id = Id(e, "id");
        o.Status = Str(e, "status") ?? "ok";
        o.Created = Date(e, "created");
        o.Updated = Date(e, "updated");
        return o;
    }
}
