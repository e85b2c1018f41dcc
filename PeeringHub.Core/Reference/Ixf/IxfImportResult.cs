namespace PeeringHub.Core.Reference.Ixf;

/// <summary>
/// Answer of <c>POST /api/exchanges/{id}/ixf-import[?dryRun=true]</c>: the rejection reasons, or the preview of
/// changes and whether they were applied (false for a dry run or a rejected document).
/// </summary>
public sealed record IxfImportResult(
    bool Valid,
    IReadOnlyList<string> Errors,
    string? Version,
    int? IxpId,
    IReadOnlyList<IxfChange> Changes,
    bool Applied)
{
    public IEnumerable<IxfChange> Added => Changes.Where(c => c.Kind == IxfChangeKind.Added);
    public IEnumerable<IxfChange> Changed => Changes.Where(c => c.Kind == IxfChangeKind.Changed);
    public IEnumerable<IxfChange> Removed => Changes.Where(c => c.Kind == IxfChangeKind.Removed);

    public static IxfImportResult Rejected(IReadOnlyList<string> errors, string? version = null) => new(false, errors, version, null, [], false);
}
