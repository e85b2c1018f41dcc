using System.Text;

namespace PeeringHub.Core.Reference.Irr;

/// <summary>
/// Renders prefix lists byte-for-byte like bgpq4 (<c>bgpq4 -b -l NAME</c> for BIRD, the default Cisco syntax that FRR
/// shares), so an operator can diff ours against bgpq4's. Prefixes are ordered with <see cref="PrefixOrder"/>.
/// </summary>
public static class PrefixListRenderer
{
    /// <summary>BIRD 2 set definition. BIRD has no empty prefix-set literal; like bgpq4, an empty list renders as nothing
    /// but a comment, and the caller (router driver) must treat the list as "deny all".</summary>
    public static string Bird(string name, IEnumerable<string> prefixes)
    {
        var list = PrefixOrder.Normalize(prefixes);
        if (list.Count == 0) return $"# generated prefix-list {name} is empty\n";
        var sb = new StringBuilder().Append(name).Append(" = [\n");
        for (var i = 0; i < list.Count; i++)
            sb.Append("    ").Append(list[i]).Append(i < list.Count - 1 ? ",\n" : "\n");
        return sb.Append("];\n").ToString();
    }

    /// <summary>FRR (and IOS) <c>ip prefix-list</c> / <c>ipv6 prefix-list</c>; an empty list denies everything, as bgpq4 emits.</summary>
    public static string Frr(string name, IEnumerable<string> prefixes, bool ipv6)
    {
        var list = PrefixOrder.Normalize(prefixes);
        var kw = ipv6 ? "ipv6" : "ip";
        var sb = new StringBuilder().Append($"no {kw} prefix-list {name}\n");
        if (list.Count == 0)
            return sb.Append($"! generated prefix-list {name} is empty\n{kw} prefix-list {name} deny {(ipv6 ? "::/0" : "0.0.0.0/0")}\n").ToString();
        foreach (var p in list)
            sb.Append($"{kw} prefix-list {name} permit {p}\n");
        return sb.ToString();
    }
}
