namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// Per-endpoint sync cursor and outcome. <see cref="Since"/> is the newest <c>updated</c> epoch received, so the next
/// incremental request asks PeeringDB for changes from there (server clock, not ours, so skew cannot lose changes).
/// </summary>
public class PdbSyncState
{
    public string Endpoint { get; set; } = "";
    public long? Since { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public int LastUpserted { get; set; }
    public int LastDeleted { get; set; }
    public string? LastError { get; set; }
}
