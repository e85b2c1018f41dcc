namespace PeeringHub.Core.Reference.Irr;

/// <summary>Whether a set exists and expands. A failure is an answer here, not an exception: <see cref="ErrorKind"/> says why.</summary>
public sealed record AsSetValidationResult(
    string Name,
    bool Valid,
    int MemberCount,
    string? Error,
    IrrErrorKind? ErrorKind,
    DateTime CheckedAt);
