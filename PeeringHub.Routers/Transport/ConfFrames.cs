using System.Text;

namespace PeeringHub.Routers.Transport;

/// <summary>The gate's framing for several config files in one stream (cat-conf output, put-conf input):
/// a line <c>%%% NAME</c> starts each file. Rendered files never contain such a line.</summary>
internal static class ConfFrames
{
    public const string Marker = "%%% ";

    public static string Format(IEnumerable<KeyValuePair<string, string>> files)
    {
        var sb = new StringBuilder();
        foreach (var (name, text) in files)
        {
            sb.Append(Marker).Append(name).Append('\n').Append(text);
            if (text.Length > 0 && !text.EndsWith('\n')) sb.Append('\n');
        }
        return sb.ToString();
    }

    public static Dictionary<string, string> Parse(string stream)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? cur = null;
        var sb = new StringBuilder();
        foreach (var line in stream.Split('\n'))
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                if (cur is not null) files[cur] = sb.ToString();
                cur = line[Marker.Length..].Trim();
                sb.Clear();
            }
            else if (cur is not null) sb.Append(line).Append('\n');
        }
        if (cur is not null) files[cur] = sb.ToString().TrimEnd('\n') + "\n";
        return files;
    }
}
