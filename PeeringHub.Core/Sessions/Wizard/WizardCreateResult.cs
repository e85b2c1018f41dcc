namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>What Create did: the new sessions' ids, or the field errors (by wizard field name) and why nothing was saved.</summary>
public sealed record WizardCreateResult(IReadOnlyList<int> SessionIds, IReadOnlyDictionary<string, string[]> Errors, string? Message)
{
    public bool Succeeded => SessionIds.Count > 0;
}
