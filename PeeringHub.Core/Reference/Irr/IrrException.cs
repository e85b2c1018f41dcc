namespace PeeringHub.Core.Reference.Irr;

/// <summary>
/// An IRR query failed. <see cref="Kind"/> tells the UI/API why without parsing the message.
/// </summary>
public sealed class IrrException(IrrErrorKind kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public IrrErrorKind Kind { get; } = kind;
}
