using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions;

/// <summary>The session filters shared by the board, its URL and the API.</summary>
public sealed record SessionFilter(int? RouterId = null, BgpState? State = null, long? Asn = null, int? ExchangeId = null, SessionType? Type = null, string? Search = null)
{
    public IQueryable<BgpSession> Apply(IQueryable<BgpSession> query)
    {
        if (RouterId is { } r) query = query.Where(s => s.RouterId == r);
        if (State is { } st) query = query.Where(s => s.State == st);
        if (Asn is { } a) query = query.Where(s => s.PeerAsn == a);
        if (ExchangeId is { } x) query = query.Where(s => s.PeeringLan!.ExchangeId == x);
        if (Type is { } t) query = query.Where(s => s.Type == t);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            // the board's search box covers the same: peer (name, ASN, address), router and exchange
            query = query.Where(s => s.PeerIp.Contains(term) || s.PeerNetwork!.Name.Contains(term) || s.Description!.Contains(term) || s.PeerAsn.ToString() == term.TrimStart('A', 'S', 'a', 's')
                                     || s.Router!.Name.Contains(term) || s.PeeringLan!.Exchange!.Name.Contains(term));
        }
        return query;
    }

    /// <summary>Sessions with the navigation properties the board and API show.</summary>
    public static IQueryable<BgpSession> WithNames(IQueryable<BgpSession> query) =>
        query.Include(s => s.Router).Include(s => s.PeerNetwork).Include(s => s.PeerGroup).Include(s => s.PeeringLan).ThenInclude(l => l!.Exchange);
}
