using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions;

/// <summary>One session's observed state after a poll, as published on the state feed (only when something visible changed).</summary>
public sealed record SessionStateChanged(
    int SessionId, int RouterId, string PeerIp, BgpState OldState, BgpState NewState, DateTime? Since,
    int? PrefixesReceived, int? PrefixesAccepted, string? LastError, DateTime ObservedAt);
