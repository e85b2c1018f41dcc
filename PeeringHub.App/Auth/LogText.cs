namespace PeeringHub.App.Auth;

/// <summary>User input bound for a log: control characters (newlines above all) escaped, length capped, so a value cannot forge log lines.</summary>
public static class LogText
{
    public static string Escape(string? value)
    {
        if (value is null) return "";
        var capped = value.Length > 200 ? value[..200] + "…" : value;
        return string.Concat(capped.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
