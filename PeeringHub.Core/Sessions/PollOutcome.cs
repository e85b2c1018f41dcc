namespace PeeringHub.Core.Sessions;

/// <summary>What one poll of one router did: how many sessions it matched, how many changed, and sessions we do not manage.</summary>
public sealed record PollOutcome(int RouterId, DateTime At, bool Reachable, string? Error, int Matched, int Changed, IReadOnlyList<ObservedSession> Unmanaged);
