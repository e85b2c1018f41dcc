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
        var allowed = PasswordStatement().Matches(rendered).Count;
        var restored = 0;
        var text = PasswordStatement().Replace(edited, m =>
        {
            var value = m.Groups["value"].Value;
            if (value != Mask && value != $"\"{Mask}\"") return m.Value;
            if (m.Groups["neighbor"].Success && m.Groups["neighbor"].Value != neighbor) return m.Value;
            restored++;
            return m.Groups["head"].Value + (value.StartsWith('"') ? $"\"{password}\"" : password) + m.Groups["tail"].Value;
        });
        if (restored != total)
            return new(null, $"The masked password ({Mask}) may only stand as the value of the neighbor's password statement; it appears elsewhere in the edited config.");
        if (restored > allowed)
            return new(null, $"The masked password ({Mask}) appears in {restored} password statements; the session has {allowed}.");
        return new(text, null);
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
