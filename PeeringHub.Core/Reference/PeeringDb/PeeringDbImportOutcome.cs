namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// Answer of <c>POST /api/peeringdb/import</c> and the page's Import: the sync result when the files were read, or why they
/// were refused (<see cref="Rejected"/>; nothing was written then).
/// </summary>
public sealed record PeeringDbImportOutcome(PeeringDbSyncResult? Result, string? Rejected, bool TooLarge = false)
{
    public bool Success => Result?.Success == true;
}
