namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// Process-wide progress of the running sync (singleton): the UI polls it while the scoped sync service works,
/// and its gate keeps the scheduler and a manual "sync now" from running two syncs over the same tables.
/// </summary>
public sealed class PeeringDbSyncProgress
{
    private readonly object _lock = new();
    internal SemaphoreSlim Gate { get; } = new(1, 1);

    public bool Running { get; private set; }
    public string? CurrentEndpoint { get; private set; }
    public int Completed { get; private set; }
    public int Total { get; private set; }
    public PeeringDbSyncResult? LastResult { get; private set; }

    internal void Start(int total)
    {
        lock (_lock) { Running = true; Total = total; Completed = 0; CurrentEndpoint = null; }
    }

    internal void Step(string endpoint, bool done)
    {
        lock (_lock) { CurrentEndpoint = endpoint; if (done) Completed++; }
    }

    internal void Finish(PeeringDbSyncResult result)
    {
        lock (_lock) { Running = false; CurrentEndpoint = null; LastResult = result; }
    }
}
