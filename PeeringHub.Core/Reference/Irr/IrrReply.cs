namespace PeeringHub.Core.Reference.Irr;

/// <summary>One parsed IRRd reply: A (data), C (success, no data) or D (key not found). F becomes an exception.</summary>
public sealed record IrrReply(IrrReplyKind Kind, string Data)
{
    public IReadOnlyList<string> Tokens => Data.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
