namespace PeeringHub.Core.Reference.Irr;

/// <summary>The words every page and the API use for an IRR that could not be asked, so none says "not valid" for a network error.</summary>
public static class IrrMessages
{
    public const string Unreachable = "IRR server unreachable — retry or enter prefixes";

    /// <summary>Connect, timeout and a cut connection are the network's fault, not the set's.</summary>
    public static bool IsUnreachable(IrrErrorKind kind) => kind is IrrErrorKind.Connect or IrrErrorKind.Timeout or IrrErrorKind.Truncated;

    /// <summary>The sentence for a failed Validate/Import: the unreachable headline with the cause, or the IRR's own answer.</summary>
    public static string Describe(IrrErrorKind kind, string detail) =>
        IsUnreachable(kind) ? $"{Unreachable} ({detail})" : detail;
}
