using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// One row of the live board. Rows are shared by every open board (<see cref="LiveSessionRows"/>) and never change once
/// published: a state change makes a new row (<see cref="With"/>). Selection is kept by id, so it survives the swap.
/// </summary>
public sealed class SessionRow
{
    public int Id { get; init; }
    public int RouterId { get; init; }
    public string RouterName { get; init; } = "";
    /// <summary>The router's platform key, so a simulated router is labelled as such.</summary>
    public string RouterPlatform { get; init; } = "";
    public string PeerName { get; init; } = "";
    public long PeerAsn { get; init; }
    public string PeerIp { get; init; } = "";
    public SessionType Type { get; init; }
    public int? ExchangeId { get; init; }
    public string ExchangeName { get; init; } = "";
    public string PeerGroupName { get; init; } = "";
    public AdminState AdminState { get; private set; }
    public BgpState State { get; private set; }
    public DateTime? Since { get; private set; }
    public int? PrefixesReceived { get; private set; }
    public int? PrefixesAccepted { get; private set; }
    public int? MaxPrefix { get; init; }
    public string? LastError { get; private set; }
    public bool HasNotes { get; init; }
    /// <summary>When a live update last touched this row (for the brief highlight).</summary>
    public DateTime? ChangedAt { get; private set; }

    string? peer;
    /// <summary>Built once per row: the grid reads it for every visible row on every render, and for every row when sorting.</summary>
    public string Peer => peer ??= $"AS{PeerAsn} {PeerName}";

    /// <summary>The board's query: only the columns it shows, translated to SQL.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<BgpSession, SessionRow>> Projection = s => new SessionRow
    {
        Id = s.Id, RouterId = s.RouterId, RouterName = s.Router!.Name, RouterPlatform = s.Router.Platform, PeerName = s.PeerNetwork != null ? s.PeerNetwork.Name : s.Description ?? "",
        PeerAsn = s.PeerAsn, PeerIp = s.PeerIp, Type = s.Type, ExchangeId = s.PeeringLan != null ? s.PeeringLan.ExchangeId : null,
        ExchangeName = s.PeeringLan != null ? s.PeeringLan.Exchange!.Name : "No exchange", PeerGroupName = s.PeerGroup != null ? s.PeerGroup.Name : "",
        AdminState = s.DesiredAdminState, State = s.State, Since = s.StateSince, PrefixesReceived = s.PrefixesReceived, PrefixesAccepted = s.PrefixesAccepted,
        MaxPrefix = s.MaxPrefix, LastError = s.LastError, HasNotes = s.Notes != null && s.Notes != "",
    };

    public static SessionRow From(BgpSession s) => new()
    {
        Id = s.Id, RouterId = s.RouterId, RouterName = s.Router?.Name ?? "", RouterPlatform = s.Router?.Platform ?? "", PeerName = s.PeerNetwork?.Name ?? s.Description ?? "", PeerAsn = s.PeerAsn,
        PeerIp = s.PeerIp, Type = s.Type, ExchangeId = s.PeeringLan?.ExchangeId, ExchangeName = s.PeeringLan?.Exchange?.Name ?? "No exchange",
        PeerGroupName = s.PeerGroup?.Name ?? "", AdminState = s.DesiredAdminState, State = s.State, Since = s.StateSince,
        PrefixesReceived = s.PrefixesReceived, PrefixesAccepted = s.PrefixesAccepted, MaxPrefix = s.MaxPrefix, LastError = s.LastError,
        HasNotes = !string.IsNullOrWhiteSpace(s.Notes),
    };

    /// <summary>This row after a state change, as a new row: boards may be rendering this one on their own threads.</summary>
    public SessionRow With(SessionStateChanged c, DateTime now)
    {
        var row = (SessionRow)MemberwiseClone();
        row.State = c.NewState;
        row.Since = c.Since;
        row.PrefixesReceived = c.PrefixesReceived;
        row.PrefixesAccepted = c.PrefixesAccepted;
        row.LastError = c.LastError;
        row.ChangedAt = now;
        return row;
    }

    /// <summary>The counter strip's buckets.</summary>
    public StateBucket Bucket => State switch
    {
        BgpState.Established => StateBucket.Established,
        BgpState.AdminDown => StateBucket.AdminDown,
        BgpState.Unknown => StateBucket.Unknown,
        _ => StateBucket.Down,
    };
}

public enum StateBucket { Established, Down, AdminDown, Unknown }
