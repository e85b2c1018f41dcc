namespace PeeringHub.Core.Sessions;

/// <summary>What one poll of one router changes in the database: changed sessions, renamed router-side names, the router's status.</summary>
public sealed class ObservedStateWrite(int routerId, IReadOnlyList<SessionStateChanged> changes, IReadOnlyList<(int Id, string Name)> renamed, bool? reachable, string? error, DateTime at)
{
    public int RouterId { get; } = routerId;
    public IReadOnlyList<SessionStateChanged> Changes { get; } = changes;
    public IReadOnlyList<(int Id, string Name)> Renamed { get; } = renamed;
    /// <summary>Null: not known (the router is not polled).</summary>
    public bool? Reachable { get; } = reachable;
    public string? Error { get; } = error;
    public DateTime At { get; } = at;

    /// <summary>Completes once the batch holding this write is committed (or failed).</summary>
    internal TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
