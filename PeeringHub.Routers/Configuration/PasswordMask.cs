using System.Text.RegularExpressions;

namespace PeeringHub.Routers.Configuration;

/// <summary>
/// Hides TCP-MD5 passwords in config text shown to a browser or written to the audit (BIRD <c>password "…";</c>,
/// FRR <c>neighbor X password …</c>), and puts the stored password back into text an operator edited in masked form.
/// </summary>
public static partial class PasswordMask
{
    public const string Mask = "********";

    /// <summary>Anything that looks like a password value, wherever it is: hiding too much is harmless.</summary>
    [GeneratedRegex(@"(\bpassword\s+)(""[^""\n]*""|[^\s;]+)")]
    private static partial Regex PasswordValue();

    /// <summary>A whole password statement on its own line: BIRD <c>password "…";</c> or FRR <c>neighbor IP password …</c>.
    /// Restoring is limited to these, so the secret never lands in a description or any other text.</summary>
    [GeneratedRegex(@"^(?<head>[ \t]*(?:neighbor[ \t]+(?<neighbor>\S+)[ \t]+)?password[ \t]+)(?<value>""[^""\n]*""|[^\s;""]+)(?<tail>[ \t]*;?[ \t]*)$", RegexOptions.Multiline)]
    private static partial Regex PasswordStatement();

    /// <summary>The head of a BIRD protocol block: <c>protocol bgp ph_95 from peer4 {</c>.</summary>
    [GeneratedRegex(@"^[ \t]*protocol[ \t]+\w+[ \t]+(?<name>\w+)[^{\n]*\{", RegexOptions.Multiline)]
    private static partial Regex ProtocolHead();

    public static string? Hide(string? text) =>
        text is null ? null : PasswordValue().Replace(text, m => m.Groups[1].Value + (m.Groups[2].Value.StartsWith('"') ? $"\"{Mask}\"" : Mask));

    /// <summary>
    /// Puts <paramref name="password"/> back where the edited text still has the mask as the value of a password statement
    /// (of <paramref name="neighbor"/> when the statement names one). The mask anywhere else, or in more password
    /// statements than <paramref name="rendered"/> (our own rendering) has, is refused: an edit must not copy the secret.
    /// </summary>
    public static RestoreResult Restore(string edited, string? password, string rendered, string neighbor)
    {
        var total = Count(edited, Mask);
        if (password is null || total == 0) return new(edited, null);
        var statements = PasswordStatement().Matches(rendered);
        var allowed = statements.Count;
        var ownProtocols = statements.Select(m => ProtocolAround(rendered, m.Index)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var restored = 0;
        var text = PasswordStatement().Replace(edited, m =>
        {
            var value = m.Groups["value"].Value;
            if (value != Mask && value != $"\"{Mask}\"") return m.Value;
            if (m.Groups["neighbor"].Success && m.Groups["neighbor"].Value != neighbor) return m.Value;
            // BIRD names no neighbor in the statement: the mask must stay in the session's own protocol block, or a second
            // block added to the text (another neighbor) would get the secret.
            if (!m.Groups["neighbor"].Success && ownProtocols.Count > 0 && !ownProtocols.Contains(ProtocolAround(edited, m.Index) ?? "")) return m.Value;
            restored++;
            return m.Groups["head"].Value + (value.StartsWith('"') ? $"\"{password}\"" : password) + m.Groups["tail"].Value;
        });
        if (restored != total)
            return new(null, $"The masked password ({Mask}) may only stand as the value of the neighbor's password statement; it appears elsewhere in the edited config.");
        if (restored > allowed)
            return new(null, $"The masked password ({Mask}) appears in {restored} password statements; the session has {allowed}.");
        return new(text, null);
    }

    /// <summary>The name of the BIRD protocol block <paramref name="index"/> is in, or null outside any (quoted text and
    /// comments do not count as braces).</summary>
    static string? ProtocolAround(string text, int index)
    {
        var head = ProtocolHead().Matches(text[..index]).LastOrDefault();
        if (head is null) return null;
        var depth = 0;
        var (quoted, comment) = (false, false);
        for (var i = head.Index + head.Length - 1; i < index; i++)
        {
            var c = text[i];
            if (comment) { comment = c != '\n'; continue; }
            if (quoted) { quoted = c != '"'; continue; }
            if (c == '"') quoted = true;
            else if (c == '#') comment = true;
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return null;
        }
        return depth > 0 ? head.Groups["name"].Value : null;
    }

    static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}

/// <summary>The edited config with the password restored, or why it was refused.</summary>
public sealed record RestoreResult(string? Text, string? Error);
