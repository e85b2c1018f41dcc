namespace PeeringHub.Routers.Configuration;

/// <summary>
/// What config text we send to a router may not contain. The gate's file stream frames files with lines starting
/// <c>%%%</c>: such a line inside a session's text would start a second file (another session's, unaudited), so it is
/// refused here, before anything is sent, whoever wrote the text.
/// </summary>
public static class ConfigText
{
    public const string FramePrefix = "%%%";

    /// <summary>Why <paramref name="text"/> may not be sent, or null when it may.</summary>
    public static string? Refusal(string text)
    {
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t' and not '\r'))
            return "The config contains control characters.";
        var lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            if (line.TrimStart().StartsWith(FramePrefix, StringComparison.Ordinal))
                return $"Line {lineNo} starts with '{FramePrefix}', which the router gate reads as the start of another file; it is not allowed in a config.";
        }
        return null;
    }
}
