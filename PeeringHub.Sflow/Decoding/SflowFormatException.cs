namespace PeeringHub.Sflow.Decoding;

/// <summary>Thrown by the <c>Read…</c> accessors of the sFlow readers; carries the reason and the byte offset in the datagram.</summary>
public sealed class SflowFormatException(SflowError error, int offset, string message) : FormatException(message)
{
    public SflowError Error { get; } = error;
    public int Offset { get; } = offset;
}
