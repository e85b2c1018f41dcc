using PeeringHub.Core.Domain;
using static PeeringHub.Core.Reference.PeeringDb.KeepFieldSetter;

namespace PeeringHub.Core.Reference.Ixf;

/// <summary>
/// Compares one IXP of a document with an Exchange (loaded with LANs, members and their networks) and lists the
/// changes; with <c>apply</c> it also makes them on the tracked entities. One code path for preview and apply means
/// the preview cannot drift from what "apply" does.
/// </summary>
internal sealed class IxfReconciler(Exchange exchange, IxfIxp ixp, IReadOnlyList<IxfMember> members, Dictionary<long, Network> networks, bool apply)
{
    public List<IxfChange> Changes { get; } = [];

    public void Run()
    {
        var lans = ReconcileLans();
        foreach (var (vlanKey, lan) in lans)
        {
            var wanted = members.SelectMany(m => m.Connections.Where(c => c.IxpId == ixp.IxpId && LanKey(c.VlanId) == vlanKey).Select(c => (m, c))).ToList();
            var matched = new HashSet<Member>();
            foreach (var (m, c) in wanted)
            {
                var network = Network(m, c);
                var member = lan.Members.FirstOrDefault(x => !matched.Contains(x) && x.Network?.Asn == m.Asn
                    && (c.Ipv4Address != null && x.Ipv4Address == c.Ipv4Address || c.Ipv6Address != null && x.Ipv6Address == c.Ipv6Address));
                var key = $"AS{m.Asn} on {lan.Name}";
                if (member is null)
                {
                    Changes.Add(new IxfChange(IxfChangeKind.Added, "member", key, null, Describe(c.Ipv4Address, c.Ipv6Address, c.RouteServer)));
                    if (apply)
                        lan.Members.Add(member = new Member { Network = network, Ipv4Address = c.Ipv4Address, Ipv6Address = c.Ipv6Address, IsRouteServerClient = c.RouteServer });
                    if (member is not null) matched.Add(member);
                    continue;
                }
                matched.Add(member);
                var before = Describe(member.Ipv4Address, member.Ipv6Address, member.IsRouteServerClient);
                var target = apply ? member : Clone(member);
                var k = member.KeepFields;
                var changed = Set(target, k, nameof(Member.Ipv4Address), c.Ipv4Address, x => x.Ipv4Address, (x, v) => x.Ipv4Address = v);
                changed |= Set(target, k, nameof(Member.Ipv6Address), c.Ipv6Address, x => x.Ipv6Address, (x, v) => x.Ipv6Address = v);
                changed |= Set(target, k, nameof(Member.IsRouteServerClient), c.RouteServer, x => x.IsRouteServerClient, (x, v) => x.IsRouteServerClient = v);
                if (changed)
                    Changes.Add(new IxfChange(IxfChangeKind.Changed, "member", key, before, Describe(target.Ipv4Address, target.Ipv6Address, target.IsRouteServerClient)));
            }
            foreach (var gone in lan.Members.Where(x => !matched.Contains(x)).ToList())
            {
                Changes.Add(new IxfChange(IxfChangeKind.Removed, "member", $"AS{gone.Network?.Asn} on {lan.Name}",
                    Describe(gone.Ipv4Address, gone.Ipv6Address, gone.IsRouteServerClient), null));
                if (apply) lan.Members.Remove(gone);
            }
        }
    }

    /// <summary>The document's VLANs, or (when the IXP lists none) the vlan_ids its connections use.</summary>
    private List<(int? Key, PeeringLan Lan)> ReconcileLans()
    {
        var vlans = ixp.Vlans.Count > 0 ? ixp.Vlans
            : members.SelectMany(m => m.Connections).Where(c => c.IxpId == ixp.IxpId).Select(c => c.VlanId).Distinct()
                .Select(id => new IxfVlan(id, null, null, null)).ToList();
        var result = new List<(int?, PeeringLan)>();
        foreach (var v in vlans)
        {
            var tag = v.Id is >= 1 and <= 4094 ? v.Id : null;     // PeeringLan.VlanId is an 802.1Q tag
            var name = v.Name ?? (v.Id is null ? ixp.Shortname : $"VLAN {v.Id}");
            var lan = exchange.Lans.FirstOrDefault(l => tag != null && l.VlanId == tag) ?? exchange.Lans.FirstOrDefault(l => l.Name == name);
            if (lan is null)
            {
                Changes.Add(new IxfChange(IxfChangeKind.Added, "lan", name, null, $"vlan {tag} {v.Ipv4Prefix} {v.Ipv6Prefix}".Trim()));
                lan = new PeeringLan { Name = name, VlanId = tag, Ipv4Prefix = v.Ipv4Prefix, Ipv6Prefix = v.Ipv6Prefix };
                if (apply) exchange.Lans.Add(lan);
            }
            else if (v.Ipv4Prefix != null && lan.Ipv4Prefix != v.Ipv4Prefix || v.Ipv6Prefix != null && lan.Ipv6Prefix != v.Ipv6Prefix)
            {
                Changes.Add(new IxfChange(IxfChangeKind.Changed, "lan", lan.Name, $"{lan.Ipv4Prefix} {lan.Ipv6Prefix}", $"{v.Ipv4Prefix ?? lan.Ipv4Prefix} {v.Ipv6Prefix ?? lan.Ipv6Prefix}"));
                if (apply) { lan.Ipv4Prefix = v.Ipv4Prefix ?? lan.Ipv4Prefix; lan.Ipv6Prefix = v.Ipv6Prefix ?? lan.Ipv6Prefix; }
            }
            result.Add((LanKey(v.Id), lan));
        }
        return result;
    }

    /// <summary>A connection without vlan_id belongs to the only VLAN, if there is just one.</summary>
    private int? LanKey(int? vlanId) => vlanId ?? (ixp.Vlans.Count == 1 ? ixp.Vlans[0].Id : null);

    /// <summary>The member's Network; new ASNs become Networks, existing ones only get IX-F hints where they have none.</summary>
    private Network Network(IxfMember m, IxfConnection c)
    {
        if (!networks.TryGetValue(m.Asn, out var n))
        {
            n = new Network { Asn = m.Asn, Name = m.Name ?? $"AS{m.Asn}", Website = m.Url };
            networks[m.Asn] = n;
            Changes.Add(new IxfChange(IxfChangeKind.Added, "network", $"AS{m.Asn}", null, n.Name));
        }
        if (apply)
        {
            n.IrrAsSet ??= n.KeepFields.Contains(nameof(n.IrrAsSet)) ? null : c.AsMacro;
            n.MaxPrefixV4 ??= n.KeepFields.Contains(nameof(n.MaxPrefixV4)) ? null : c.MaxPrefixV4;
            n.MaxPrefixV6 ??= n.KeepFields.Contains(nameof(n.MaxPrefixV6)) ? null : c.MaxPrefixV6;
        }
        return n;
    }

    private static Member Clone(Member m) => new()
    {
        Ipv4Address = m.Ipv4Address, Ipv6Address = m.Ipv6Address, IsRouteServerClient = m.IsRouteServerClient,
    };

    private static string Describe(string? v4, string? v6, bool rs) =>
        string.Join(' ', new[] { v4, v6 }.Where(a => a != null)) + (rs ? " rs" : "");
}
