using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Service;

/// <summary>What a router says about its sessions right now; when it could not be read, every session's state is
/// <see cref="BgpState.Unknown"/> and <see cref="Reason"/> says why.</summary>
public sealed record SessionReadResult(bool Reachable, IReadOnlyList<RouterSession> Sessions, RouterErrorKind Error, string? Reason, DateTime PolledAt)
{
    /// <summary>State of one session by its router name; Unknown when the router was unreadable or lacks it.</summary>
    public BgpState StateOf(string session) =>
        Reachable ? Sessions.FirstOrDefault(s => s.Name == session)?.State ?? BgpState.Unknown : BgpState.Unknown;
}
