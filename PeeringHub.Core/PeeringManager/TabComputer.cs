using System.Net;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// Places every other member of a LAN into one of the four tabs for the viewing network. Pure and linear in its input:
/// one pass over members, one over detected pairs, one over relations; dictionaries sized up front.
/// </summary>
public static class TabComputer
{
    public static List<TabRow> Compute(TabInput input)
    {
        var rows = new Dictionary<int, TabRow>(input.Members.Count);
        var owners = new Dictionary<string, int>(input.Members.Count * 3, StringComparer.OrdinalIgnoreCase);
        var viewerAddresses = new HashSet<string>(4, StringComparer.OrdinalIgnoreCase);
        var viewerIsMember = false;
        var viewerRs = false;

        foreach (var m in input.Members)
        {
            if (m.NetworkId == input.ViewingNetworkId)
            {
                viewerIsMember = true;
                viewerRs |= m.RouteServerClient;
                AddForms(viewerAddresses, m.Ipv4);
                AddForms(viewerAddresses, m.Ipv6);
                continue;
            }
            if (!rows.TryGetValue(m.NetworkId, out var row))
                rows.Add(m.NetworkId, row = new TabRow { NetworkId = m.NetworkId });
            row.RouteServerClient |= m.RouteServerClient;
            if (m.Ipv4 is { Length: > 0 } v4) { row.Ipv4.Add(v4); AddOwner(owners, v4, m.NetworkId); }
            if (m.Ipv6 is { Length: > 0 } v6) { row.Ipv6.Add(v6); AddOwner(owners, v6, m.NetworkId); }
        }
        // A network without a port on the LAN has nobody to peer with there.
        if (!viewerIsMember) return [];

        if (viewerRs)
            foreach (var row in rows.Values)
                if (row.RouteServerClient) row.Reasons |= PeeringReason.RouteServer;

        var cutoff = input.Now - input.DetectionWindow;
        foreach (var d in input.Detected)
        {
            if (d.LastSeen < cutoff) continue;
            var other = viewerAddresses.Contains(d.AddressA) ? d.AddressB : viewerAddresses.Contains(d.AddressB) ? d.AddressA : null;
            if (other is null || !owners.TryGetValue(other, out var peer)) continue;
            var row = rows[peer];
            row.Reasons |= d.State switch
            {
                DetectedSessionState.Established => PeeringReason.DetectedBilateral,
                DetectedSessionState.Refused => PeeringReason.DetectedRefused,
                _ => PeeringReason.DetectedUnconfirmed,
            };
            var first = d.FirstSeen ?? d.LastSeen;
            if (row.DetectedFirstSeen is null || first < row.DetectedFirstSeen) row.DetectedFirstSeen = first;
            if (row.DetectedLastSeen is null || d.LastSeen > row.DetectedLastSeen) row.DetectedLastSeen = d.LastSeen;
            row.DetectedSamples += d.Samples;
        }

        foreach (var peer in input.EstablishedPeers)
            if (rows.TryGetValue(peer, out var row)) row.Reasons |= PeeringReason.ConfiguredSession;

        foreach (var r in input.Relations)
        {
            if (!rows.TryGetValue(r.PeerNetworkId, out var row)) continue;
            row.HasNotes = r.HasNotes;
            row.LastRequestSentAt = r.LastRequestSentAt;
            row.RequestCount = r.RequestCount;
            if (r.Mark == ManualMark.Peer) row.Reasons |= PeeringReason.ManualPeer;
            else if (r.Mark == ManualMark.Rejected) row.Reasons |= PeeringReason.ManualRejected;
        }

        var result = new List<TabRow>(rows.Count);
        foreach (var row in rows.Values)
        {
            row.Tab = Place(row.Reasons);
            result.Add(row);
        }
        return result;
    }

    /// <summary>A hand-made mark wins; then bilateral evidence; route servers alone leave a bilateral session to propose.</summary>
    public static PeeringTab Place(PeeringReason reasons) =>
        (reasons & PeeringReason.ManualRejected) != 0 ? PeeringTab.Rejected
        : (reasons & (PeeringReason.ManualPeer | PeeringReason.DetectedBilateral | PeeringReason.ConfiguredSession)) != 0 ? PeeringTab.Peers
        : (reasons & PeeringReason.RouteServer) != 0 ? PeeringTab.PotentialBilateral
        : PeeringTab.Potential;

    // Members are typed by people (e.g. "2001:DB8::0001"), the sFlow collector writes the canonical form: index both.
    static void AddOwner(Dictionary<string, int> owners, string address, int networkId)
    {
        owners[address] = networkId;
        if (IPAddress.TryParse(address, out var ip)) owners[ip.ToString()] = networkId;
    }

    static void AddForms(HashSet<string> set, string? address)
    {
        if (string.IsNullOrEmpty(address)) return;
        set.Add(address);
        if (IPAddress.TryParse(address, out var ip)) set.Add(ip.ToString());
    }
}
