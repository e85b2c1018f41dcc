using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Reference.Ixf;

/// <summary>
/// Typed property checks that record a reason with its JSON path instead of throwing, so one pass reports every problem
/// of a document (an IXP fixing its export wants the whole list, not the first error).
/// </summary>
internal sealed class IxfCheck
{
    public List<string> Errors { get; } = [];

    public void Fail(string path, string reason) => Errors.Add($"{path}: {reason}");

    public bool Object(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object) return true;
        Fail(path, $"must be an object, not {Kind(e)}");
        return false;
    }

    public bool Prop(JsonElement obj, string name, string path, bool required, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        if (required) Fail($"{path}.{name}", "is required");
        return false;
    }

    public long? Integer(JsonElement obj, string name, string path, bool required = false, long min = long.MinValue, long max = long.MaxValue)
    {
        if (!Prop(obj, name, path, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var n))
        {
            Fail($"{path}.{name}", $"must be an integer, not {Kind(v)} {Raw(v)}");
            return null;
        }
        if (n < min || n > max)
        {
            Fail($"{path}.{name}", $"{n} is outside {min}..{max}");
            return null;
        }
        return n;
    }

    public string? String(JsonElement obj, string name, string path, bool required = false, IReadOnlyCollection<string>? allowed = null)
    {
        if (!Prop(obj, name, path, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.String)
        {
            Fail($"{path}.{name}", $"must be a string, not {Kind(v)} {Raw(v)}");
            return null;
        }
        var s = v.GetString()!;
        if (allowed is not null && !allowed.Contains(s))
        {
            Fail($"{path}.{name}", $"'{s}' is not one of {string.Join(", ", allowed)}");
            return null;
        }
        return s;
    }

    public bool? Boolean(JsonElement obj, string name, string path)
    {
        if (!Prop(obj, name, path, false, out var v)) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Fail($"{path}.{name}", $"must be a boolean, not {Kind(v)} {Raw(v)}");
        return null;
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, string name, string path, bool required = false)
    {
        if (!Prop(obj, name, path, required, out var v)) return [];
        if (v.ValueKind != JsonValueKind.Array)
        {
            Fail($"{path}.{name}", $"must be an array, not {Kind(v)}");
            return [];
        }
        return v.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]")).ToList();
    }

    public string? Address(JsonElement obj, string name, string path, AddressFamily family)
    {
        var s = String(obj, name, path);
        if (s is null) return null;
        if (IpPrefix.TryParseAddress(s, out var ip) && ip.AddressFamily == family)
            return ip.ToString();
        Fail($"{path}.{name}", $"'{s}' is not an {(family == AddressFamily.InterNetwork ? "IPv4" : "IPv6")} address");
        return null;
    }

    public string? Uri(JsonElement obj, string name, string path)
    {
        var s = String(obj, name, path);
        if (s is null || System.Uri.TryCreate(s, UriKind.Absolute, out _)) return s;
        Fail($"{path}.{name}", $"'{s}' is not an absolute URI");
        return null;
    }

    public string? DateTime(JsonElement obj, string name, string path, bool required = false)
    {
        var s = String(obj, name, path, required);
        if (s is null || DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return s;
        Fail($"{path}.{name}", $"'{s}' is not an RFC 3339 date-time");
        return null;
    }

    private static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();

    private static string Raw(JsonElement e)
    {
        var raw = e.GetRawText();
        return raw.Length > 40 ? raw[..40] + "…" : raw;
    }
}
