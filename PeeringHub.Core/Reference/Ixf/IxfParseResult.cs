namespace PeeringHub.Core.Reference.Ixf;

/// <summary>Either a document or the reasons it was rejected (each with its JSON path).</summary>
public sealed record IxfParseResult(IxfDocument? Document, IReadOnlyList<string> Errors)
{
    public bool IsValid => Document is not null && Errors.Count == 0;
}
