using System.Net;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Routers;

/// <summary>
/// One unmanaged session as the router page shows it: only the shown fields, so two polls that differ only in what is not
/// shown (FRR's "since" moves by milliseconds every poll) give equal rows and the list is not re-rendered.
/// </summary>
public sealed record UnmanagedRow(string PeerIp, string? RouterName, long? PeerAsn, BgpState State, string? Description)
{
    /// <summary>Selection identity: the peer address (one session per address on a router), stable across polls.</summary>
    public static readonly IEqualityComparer<UnmanagedRow> ByPeerIp = new PeerIpComparer();

    /// <summary>
    /// The rows for a poll's unmanaged sessions, sorted by router name then address (stable from poll to poll), without
    /// the ones PeeringHub manages by now (imported since that poll).
    /// </summary>
    public static IReadOnlyList<UnmanagedRow> Of(IEnumerable<ObservedSession> observed, IEnumerable<string> managedIps)
    {
        var managed = managedIps.Select(Canonical).ToHashSet(StringComparer.Ordinal);
        return observed
            .Where(o => !managed.Contains(Canonical(o.PeerIp)))
            .Select(o => new UnmanagedRow(o.PeerIp, o.RouterName, o.PeerAsn, o.AdminDisabled ? BgpState.AdminDown : o.State, o.Description))
            .OrderBy(r => r.RouterName ?? "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.PeerIp, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The same address however it is written (2001:DB8::1 = 2001:db8:0::1).</summary>
    public static bool SameAddress(string a, string b) => Canonical(a) == Canonical(b);

    static string Canonical(string ip) => IPAddress.TryParse(ip, out var address) ? address.ToString() : ip.Trim().ToLowerInvariant();

    sealed class PeerIpComparer : IEqualityComparer<UnmanagedRow>
    {
        public bool Equals(UnmanagedRow? x, UnmanagedRow? y) => x is null ? y is null : y is not null && SameAddress(x.PeerIp, y.PeerIp);
        public int GetHashCode(UnmanagedRow row) => Canonical(row.PeerIp).GetHashCode(StringComparison.Ordinal);
    }
}
