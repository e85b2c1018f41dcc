using System.Collections.Concurrent;

namespace PeeringHub.Core.Sessions;

/// <summary>Sessions the last poll found on each router that PeeringHub does not manage (offered for import).</summary>
public sealed class UnmanagedSessions
{
    readonly ConcurrentDictionary<int, IReadOnlyList<ObservedSession>> byRouter = new();

    public void Set(int routerId, IReadOnlyList<ObservedSession> sessions) => byRouter[routerId] = sessions;

    public IReadOnlyList<ObservedSession> For(int routerId) => byRouter.TryGetValue(routerId, out var s) ? s : [];

    public IReadOnlyDictionary<int, IReadOnlyList<ObservedSession>> All => byRouter;
}
