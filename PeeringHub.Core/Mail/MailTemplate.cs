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
        var text = template.Replace("\r\n", "\n");
        var sb = new StringBuilder(text.Length + 256);
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
        var rendered = sb.ToString();
        if (!rendered.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase)) return ("", rendered.Trim('\n'));
        var end = rendered.IndexOf('\n');
        return end < 0
            ? (rendered[8..].Trim(), "")
            : (rendered[8..end].Trim(), rendered[(end + 1)..].Trim('\n'));
    }
}
