using System.Net.Sockets;
using System.Text;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Bird;

/// <summary>
/// Renders one BGP session as one include file, every value through <see cref="SafeText"/>. Admin state is a
/// <c>disabled;</c> line in the file, because BIRD's <c>configure</c> resets enable/disable done from the CLI.
/// The session inherits everything else (local address, timers, filters) from a template: the peer group, or
/// <c>peer4</c>/<c>peer6</c> by address family.
/// </summary>
public static class BirdRenderer
{
    public const string Header = "# managed by PeeringHub";
    private const string DisabledLine = "  disabled;";

    /// <summary>Our file, or — for a protocol PeeringHub did not write (imported) — the router's own block with only our values
    /// changed in place (<see cref="BirdPatch"/>).</summary>
    public static RenderedConfig Render(SessionConfig s) =>
        s.Existing is { Length: > 0 } e && !e.StartsWith(Header, StringComparison.Ordinal) ? BirdPatch.Apply(s, e) : Full(s);

    static RenderedConfig Full(SessionConfig s)
    {
        var name = SafeText.Name(s.Name);
        var ip = SafeText.Ip(s.NeighborIp);
        var v6 = ip.AddressFamily == AddressFamily.InterNetworkV6;
        var template = s.PeerGroup is null ? (v6 ? "peer6" : "peer4") : SafeText.Name(s.PeerGroup);
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        sb.Append("protocol bgp ").Append(name).Append(" from ").Append(template).Append(" {\n");
        var desc = SafeText.Description(s.Description);
        if (desc.Length > 0) sb.Append("  description \"").Append(desc).Append("\";\n");
        sb.Append("  neighbor ").Append(ip).Append(" as ").Append(SafeText.Asn(s.NeighborAsn)).Append(";\n");
        if (s.LocalAsn is { } local) sb.Append("  local as ").Append(SafeText.Asn(local)).Append(";\n");
        if (s.Md5Password is { Length: > 0 } pw) sb.Append("  password \"").Append(SafeText.Password(pw)).Append("\";\n");
        if (s.MaxPrefix is { } max)
        {
            if (max is < 1 or > 10_000_000) throw new RouterException(RouterErrorKind.InvalidInput, $"max prefix {max} out of range");
            sb.Append("  ").Append(v6 ? "ipv6" : "ipv4").Append(" { receive limit ").Append(max).Append(" action restart; };\n");
        }
        if (s.AdminDown) sb.Append(DisabledLine).Append('\n');
        sb.Append("}\n");
        return new RenderedConfig(name, sb.ToString());
    }

    /// <summary>Returns the file with the <c>disabled;</c> line added or removed; throws InvalidInput for a file
    /// that does not have the shape we write (hand-made files are not edited).</summary>
    public static string SetDisabled(string name, string file, bool disabled)
    {
        var lines = file.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').ToList();
        var close = lines.FindLastIndex(l => l.Trim() == "}");
        if (!lines.Any(l => l.StartsWith($"protocol bgp {name} ", StringComparison.Ordinal)) || close < 0 || close != lines.Count - 1)
            throw new RouterException(RouterErrorKind.InvalidInput, $"{name}: session file is not in the shape PeeringHub writes; not editing it");
        lines.RemoveAll(l => l.Trim() == "disabled;");
        if (disabled) lines.Insert(lines.Count - 1, DisabledLine);
        return string.Join('\n', lines) + "\n";
    }
}
