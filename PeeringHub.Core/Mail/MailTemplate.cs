using System.Text;

namespace PeeringHub.Core.Mail;

/// <summary>
/// Renders "Subject: ..." + body templates with {{name}} placeholders: peer.asn, peer.name, our.asn, our.name, our.asset,
/// our.maxprefix4, our.maxprefix6, our.policy, our.peering, our.noc, exchanges, sender, org.name, org.email, org.phone, org.web, org.noc.
/// Unknown placeholders stay visible so a typo in an edited template shows up in the preview.
/// </summary>
public static class MailTemplate
{
    public static (string Subject, string Body) Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var lines = template.Replace("\r\n", "\n").Split('\n');
        for (var n = 0; n < lines.Length; n++)
            lines[n] = lines[n].Contains("{{", StringComparison.Ordinal) ? RenderSeparated(lines[n], values) : lines[n];
        var rendered = string.Join('\n', lines);
        if (!rendered.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase)) return ("", rendered.Trim('\n'));
        var end = rendered.IndexOf('\n');
        return end < 0
            ? (rendered[8..].Trim(), "")
            : (rendered[8..end].Trim(), rendered[(end + 1)..].Trim('\n'));
    }

    /// <summary>
    /// "{{org.name}} | {{org.web}} | {{org.phone}}" with empty fields must not leave "Org | |": where the template line itself
    /// separates placeholders with "|", a part that renders empty is left out with its separator. Values are never split.
    /// </summary>
    static string RenderSeparated(string line, IReadOnlyDictionary<string, string> values)
    {
        var segments = SplitOutsidePlaceholders(line);
        if (segments.Count == 1) return RenderLine(line, values);
        var indent = line[..(line.Length - line.TrimStart().Length)];
        var parts = segments.Select(p => RenderLine(p, values).Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? "" : indent + string.Join(" | ", parts);
    }

    static List<string> SplitOutsidePlaceholders(string line)
    {
        var segments = new List<string>();
        int start = 0, depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '{' && i + 1 < line.Length && line[i + 1] == '{') { depth++; i++; }
            else if (line[i] == '}' && i + 1 < line.Length && line[i + 1] == '}' && depth > 0) { depth--; i++; }
            else if (line[i] == '|' && depth == 0) { segments.Add(line[start..i]); start = i + 1; }
        }
        segments.Add(line[start..]);
        return segments;
    }

    static string RenderLine(string text, IReadOnlyDictionary<string, string> values)
    {
        var sb = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("{{", i, StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0) { sb.Append(text, i, text.Length - i); break; }
            sb.Append(text, i, open - i);
            var key = text.Substring(open + 2, close - open - 2).Trim();
            sb.Append(values.TryGetValue(key, out var v) ? v : text.Substring(open, close - open + 2));
            i = close + 2;
        }
        return sb.ToString();
    }
}
