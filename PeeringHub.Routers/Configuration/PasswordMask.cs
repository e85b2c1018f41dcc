using System.Text.RegularExpressions;

namespace PeeringHub.Routers.Configuration;

/// <summary>
/// Hides TCP-MD5 passwords in config text shown to a browser or written to the audit (BIRD <c>password "…";</c>,
/// FRR <c>neighbor X password …</c>), and puts the stored password back into text an operator edited in masked form.
/// </summary>
public static partial class PasswordMask
{
    public const string Mask = "********";

    [GeneratedRegex(@"(\bpassword\s+)(""[^""\n]*""|[^\s;]+)")]
    private static partial Regex PasswordValue();

    public static string? Hide(string? text) =>
        text is null ? null : PasswordValue().Replace(text, m => m.Groups[1].Value + (m.Groups[2].Value.StartsWith('"') ? $"\"{Mask}\"" : Mask));

    public static string Restore(string edited, string? password) => password is null ? edited : edited.Replace(Mask, password);
}
