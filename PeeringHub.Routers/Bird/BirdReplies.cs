namespace PeeringHub.Routers.Bird;

/// <summary>Reads birdcl's batch output: each <c>bird&gt; command</c> echo is followed by that command's replies,
/// so every reply (including syntax errors, which do not name the protocol) is attributed to its session.</summary>
internal static class BirdReplies
{
    public static Dictionary<string, string> ByProtocol(string output)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        string? cur = null;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("bird> ", StringComparison.Ordinal))
            {
                var words = line[6..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                cur = words.Length >= 2 ? words[1] : null;
                continue;
            }
            if (cur is null || line.Trim().Length == 0) continue;
            map[cur] = map.TryGetValue(cur, out var prev) ? prev + "; " + line.Trim() : line.Trim();
        }
        return map;
    }
}
