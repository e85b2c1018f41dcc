using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PeeringHub.Sflow.Decoding;

/// <summary>The single throw site of the decoder, kept out of line so the readers' hot paths stay small and inlinable.</summary>
internal static class SflowThrowHelper
{
    [DoesNotReturn]
    public static void Throw(SflowError error, int offset) => throw Create(error, offset);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static SflowFormatException Create(SflowError error, int offset) =>
        new(error, offset, $"Malformed sFlow v5 input: {error} at byte offset {offset}.");
}
