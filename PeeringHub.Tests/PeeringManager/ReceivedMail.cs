namespace PeeringHub.Tests.PeeringManager;

/// <summary>A message as aiosmtpd printed it: headers (including the X-RcptTo envelope) and the body.</summary>
public sealed record ReceivedMail(IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Header(string name) => Headers.TryGetValue(name, out var v) ? v : "";

    /// <summary>Envelope recipients: To, Cc and Bcc together (Bcc never appears in the headers).</summary>
    public IReadOnlyList<string> Recipients => Header("X-RcptTo").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static ReceivedMail Parse(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Replace("\r", "").Split('\n');
        var i = 0;
        string? last = null;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            if (char.IsWhiteSpace(lines[i][0]) && last is not null) { headers[last] += " " + lines[i].Trim(); continue; }
            var colon = lines[i].IndexOf(':');
            if (colon <= 0) continue;
            last = lines[i][..colon];
            headers[last] = lines[i][(colon + 1)..].Trim();
        }
        var body = string.Join('\n', lines.Skip(i + 1));
        var encoding = headers.TryGetValue("Content-Transfer-Encoding", out var e) ? e.Trim().ToLowerInvariant() : "";
        return new ReceivedMail(headers, encoding switch
        {
            "base64" => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\n", "").Trim())),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        });
    }

    static string DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        var joined = text.Replace("=\n", "");
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(joined[i].ToString()));
        }
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }
}
