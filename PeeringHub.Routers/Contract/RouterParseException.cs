namespace PeeringHub.Routers.Contract;

/// <summary>Router output that does not have the expected shape; names the 1-based line so the text can be found.</summary>
public sealed class RouterParseException(int line, string reason, string? lineText)
    : RouterException(RouterErrorKind.ParseError, $"line {line}: {reason}" + (lineText is null ? "" : $": '{Trim(lineText)}'"))
{
    public int Line { get; } = line;

    private static string Trim(string s) => s.Length > 120 ? s[..120] + "…" : s;
}
