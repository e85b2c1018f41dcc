namespace PeeringHub.Core.Reference.Irr;

/// <summary>Whether a set exists and expands. A failure is an answer here, not an exception: <see cref="ErrorKind"/> says why.</summary>
public sealed record AsSetValidationResult(
    string Name,
    bool Valid,
    int MemberCount,
    string? Error,
    IrrErrorKind? ErrorKind,
    DateTime CheckedAt)
{
    /// <summary>
    /// The IRR could not be asked (no connection, no reply in time, connection lost): says nothing about the set, so it is
    /// shown as <see cref="IrrMessages.Unreachable"/>, never as "not valid".
    /// </summary>
    public bool Unreachable => ErrorKind is { } kind && IrrMessages.IsUnreachable(kind);
}
