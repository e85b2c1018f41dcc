using PeeringHub.Core.Domain;

namespace PeeringHub.App.Api;

/// <summary>A session as the API and the board show it: configuration, observed state and the names a reader needs.</summary>
public sealed record SessionDto(
    int Id, Guid Version, SessionType Type, int RouterId, string? RouterName, int? PeeringLanId, string? ExchangeName, int? PeerGroupId, string? PeerGroupName,
    int? PeerNetworkId, string? PeerName, long PeerAsn, string PeerIp, int AddressFamily, long? LocalAsn, bool HasMd5Password, string? AsSetName,
    string? Description, string? Notes, int? MaxPrefix, AdminState DesiredAdminState, BgpState State, DateTime? StateSince,
    int? PrefixesReceived, int? PrefixesAccepted, string? LastError, DateTime? LastPolledAt)
{
    public static SessionDto From(BgpSession s) => new(
        s.Id, s.Version, s.Type, s.RouterId, s.Router?.Name, s.PeeringLanId, s.PeeringLan?.Exchange?.Name, s.PeerGroupId, s.PeerGroup?.Name,
        s.PeerNetworkId, s.PeerNetwork?.Name, s.PeerAsn, s.PeerIp, s.AddressFamily, s.LocalAsn, s.Md5PasswordProtected is not null, s.AsSetName,
        s.Description, s.Notes, s.MaxPrefix, s.DesiredAdminState, s.State, s.StateSince, s.PrefixesReceived, s.PrefixesAccepted, s.LastError, s.LastPolledAt);
}

public sealed record SessionStateChangeDto(DateTime At, BgpState OldState, BgpState NewState, string? Reason)
{
    public static SessionStateChangeDto From(SessionStateChange c) => new(c.At, c.OldState, c.NewState, c.Reason);
}
