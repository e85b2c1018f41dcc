namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// Common shape of a locally mirrored PeeringDB object. The key is PeeringDB's own id (never generated here) so that
/// incremental updates and deletions address the same row. Mirrors are not EntityBase: they are not edited by users
/// and auditing every row of a sync would drown the audit trail; the sync state records what happened instead.
/// </summary>
public abstract class PdbObject
{
    public int Id { get; set; }
    public string Status { get; set; } = "ok";
    public DateTime Created { get; set; }
    public DateTime Updated { get; set; }
}
