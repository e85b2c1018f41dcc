using System.Buffers.Binary;

namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>Big-endian XDR writer for building sFlow v5 structures; lengths are patched after the body is written.</summary>
public sealed class XdrWriter
{
    byte[] _buf = new byte[2048];

    public int Length { get; private set; }

    public void U32(uint v)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32BigEndian(_buf.AsSpan(Length), v);
        Length += 4;
    }

    public void Bytes(ReadOnlySpan<byte> b)
    {
        Ensure(b.Length);
        b.CopyTo(_buf.AsSpan(Length));
        Length += b.Length;
    }

    /// <summary>XDR opaque&lt;&gt;: length, bytes, zero padding to four.</summary>
    public void Opaque(ReadOnlySpan<byte> b)
    {
        U32((uint)b.Length);
        Bytes(b);
        Pad();
    }

    public void Pad()
    {
        while (Length % 4 != 0) Bytes([0]);
    }

    /// <summary>Writes a placeholder length word and returns where the body starts.</summary>
    public int BeginLength()
    {
        U32(0);
        return Length;
    }

    public void EndLength(int bodyStart) =>
        BinaryPrimitives.WriteUInt32BigEndian(_buf.AsSpan(bodyStart - 4), (uint)(Length - bodyStart));

    public void Clear() => Length = 0;

    public byte[] ToArray() => _buf.AsSpan(0, Length).ToArray();

    void Ensure(int n)
    {
        if (Length + n > _buf.Length) Array.Resize(ref _buf, Math.Max(_buf.Length * 2, Length + n));
    }
}
