using System.Text.Json;

namespace PeeringHub.Core.Audit;

/// <summary>
/// Turns an audit entry's before/after JSON (as <see cref="AuditSerializer"/> writes it) into readable field changes. JSON
/// escapes non-ASCII text (\u00FC); reading it back gives the text as typed. The Id is left out: the entry names its object.
/// </summary>
public static class AuditChanges
{
    /// <summary>The field changes; text that is not a JSON object (hand-written entries of older versions) comes back whole as one "value".</summary>
    public static IReadOnlyList<AuditChange> Describe(string? before, string? after)
    {
        if (!TryRead(before, out var old) || !TryRead(after, out var @new))
            return [new AuditChange("value", before, after)];
        var fields = old.Keys.Union(@new.Keys).Where(f => f != "Id").Order(StringComparer.Ordinal);
        var changes = new List<AuditChange>();
        foreach (var field in fields)
        {
            var o = old.TryGetValue(field, out var ov) ? ov : null;
            var n = @new.TryGetValue(field, out var nv) ? nv : null;
            // A create lists what was set and a delete what was there; "(empty)" only says something when a value changed.
            if ((before is null && n is null) || (after is null && o is null)) continue;
            changes.Add(new AuditChange(field, before is null ? null : o ?? AuditChange.Empty, after is null ? null : n ?? AuditChange.Empty));
        }
        return changes;
    }

    static bool TryRead(string? json, out Dictionary<string, string?> values)
    {
        values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json)) return true;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return false; // shown as written
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) return false;
            foreach (var property in document.RootElement.EnumerateObject())
                values[property.Name] = Text(property.Value);
        }
        return true;
    }

    static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s : null,
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => value.GetArrayLength() == 0 ? null : string.Join(", ", value.EnumerateArray().Select(v => Text(v) ?? AuditChange.Empty)),
        _ => value.GetRawText(),
    };
}
