namespace PeeringHub.Core.Inventory;

/// <summary>Imported values failed the API's validators; nothing was saved. <see cref="Exception.Message"/> lists why (one line each).</summary>
public sealed class ImportRejectedException(IReadOnlyList<string> errors) : Exception(string.Join("\n", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
