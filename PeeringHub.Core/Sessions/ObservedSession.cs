using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Sessions;

/// <summary>What a router reported about one BGP session in one poll (filled by a router driver).</summary>
public readonly record struct ObservedSession(
    string PeerIp, long? PeerAsn, BgpState State, DateTime? Since, int? PrefixesReceived, int? PrefixesAccepted,
    string? LastError, bool AdminDisabled, string? RouterName = null, string? Description = null);
