using System.Text.RegularExpressions;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Bird;

/// <summary>
/// Configure on an imported protocol: the router's own block stays as it is (name, template, channels, filters, timers) and
/// only what PeeringHub manages changes in place — description, neighbor AS, password, <c>disabled;</c>. So a Configure
/// without edits renders the block unchanged, and BIRD's <c>configure</c> does not restart the session for it.
/// </summary>
internal static partial class BirdPatch
{
    [GeneratedRegex(@"(?m)^([ \t]*)description\s+""[^""\n]*""\s*;[ \t]*\n?")]
    private static partial Regex DescriptionStatement();

    [GeneratedRegex(@"(?m)^([ \t]*)password\s+""[^""\n]*""\s*;[ \t]*\n?")]
    private static partial Regex PasswordStatement();

    [GeneratedRegex(@"(?m)^[ \t]*disabled(\s+(yes|on|no|off))?\s*;[ \t]*\n?")]
    private static partial Regex DisabledStatement();

    [GeneratedRegex(@"(?m)^([ \t]*)neighbor\s+(\S+)(.*?\bas\s+)(\d+)")]
    private static partial Regex NeighborStatement();

    [GeneratedRegex(@"(?m)^[ \t]*protocol\s+bgp\s+(\w+)[^\n]*\n")]
    private static partial Regex Header();

    public static RenderedConfig Apply(SessionConfig s, string existing)
    {
        var name = SafeText.Name(s.Name);
        var text = existing.Replace("\r\n", "\n");
        if (!text.EndsWith('\n')) text += "\n";
        var header = Header().Match(text);
        if (!header.Success || header.Groups[1].Value != name)
            throw new RouterException(RouterErrorKind.InvalidInput, $"{name}: the router's block does not start with 'protocol bgp {name}'; edit it in the Config Manager");
        var neighbor = NeighborStatement().Match(text);
        if (!neighbor.Success)
            throw new RouterException(RouterErrorKind.InvalidInput, $"{name}: no 'neighbor ADDRESS as ASN;' line in the router's block; edit it in the Config Manager");
        var indent = neighbor.Groups[1].Value.Length > 0 ? neighbor.Groups[1].Value : "  ";
        var ip = SafeText.Ip(s.NeighborIp).ToString();
        var asn = SafeText.Asn(s.NeighborAsn);
        // an address written differently (2001:db8::0:1) but equal stays as written, so an unchanged session renders unchanged
        var sameIp = SafeText.Ip(neighbor.Groups[2].Value).ToString() == ip;
        text = NeighborStatement().Replace(text, m => m.Groups[1].Value + "neighbor " + (sameIp ? m.Groups[2].Value : ip) + m.Groups[3].Value + asn, 1);

        text = Set(text, DescriptionStatement(), SafeText.Description(s.Description) is { Length: > 0 } d ? $"description \"{d}\";" : null, indent, AfterHeader(text));
        text = Set(text, PasswordStatement(), s.Md5Password is { Length: > 0 } pw ? $"password \"{SafeText.Password(pw)}\";" : null, indent, AfterNeighbor(text));
        text = DisabledStatement().Replace(text, "");
        if (s.AdminDown)
        {
            var close = text.TrimEnd('\n').LastIndexOf('\n') + 1;
            text = text[..close] + indent + "disabled;\n" + text[close..];
        }
        return new RenderedConfig(name, text);
    }

    /// <summary>Replaces the statement where it is, removes it, or inserts it at <paramref name="insertAt"/>.</summary>
    static string Set(string text, Regex statement, string? value, string indent, int insertAt)
    {
        var m = statement.Match(text);
        if (m.Success)
            return text[..m.Index] + (value is null ? "" : m.Groups[1].Value + value + "\n") + text[(m.Index + m.Length)..];
        return value is null ? text : text[..insertAt] + indent + value + "\n" + text[insertAt..];
    }

    static int AfterHeader(string text) => Header().Match(text) is { Success: true } h ? h.Index + h.Length : 0;

    static int AfterNeighbor(string text)
    {
        var m = NeighborStatement().Match(text);
        var end = text.IndexOf('\n', m.Index);
        return end < 0 ? text.Length : end + 1;
    }
}
