using System.Runtime.CompilerServices;
using System.Buffers.Binary;
using System.Net;

namespace PeeringHub.Sflow.Decoding;

/// <summary>
/// An IPv4 or IPv6 address as two integers, so decoding and dictionary lookups never allocate an <see cref="IPAddress"/>.
/// IPv4 lives in the low 32 bits with <see cref="Family"/> 4; ordering puts IPv4 before IPv6, then numeric.
/// </summary>
public readonly record struct IpAddressKey(ulong Hi, ulong Lo, byte Family) : IComparable<IpAddressKey>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    public static IpAddressKey FromIpv4(ReadOnlySpan<byte> b) => new(0, BinaryPrimitives.ReadUInt32BigEndian(b), 4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: once per sample or record
    public static IpAddressKey FromIpv6(ReadOnlySpan<byte> b) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(b), BinaryPrimitives.ReadUInt64BigEndian(b[8..]), 6);

    public static IpAddressKey From(IPAddress address)
    {
        Span<byte> b = stackalloc byte[16];
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        address.TryWriteBytes(b, out var written);
        return written == 4 ? FromIpv4(b) : FromIpv6(b);
    }

    /// <summary>An address as a user wrote it; IPv4 only as four decimal octets ("010.1.1.1" is not read as octal 8.1.1.1).</summary>
    public static IpAddressKey Parse(string text) => PeeringHub.Core.Domain.IpPrefix.TryParseAddress(text, out var address)
        ? From(address)
        : throw new FormatException($"'{text}' is not an IP address (IPv4 as four decimal octets without leading zeros, or IPv6).");

    public IPAddress ToIPAddress()
    {
        Span<byte> b = stackalloc byte[16];
        if (Family == 4)
        {
            BinaryPrimitives.WriteUInt32BigEndian(b, (uint)Lo);
            return new IPAddress(b[..4]);
        }
        BinaryPrimitives.WriteUInt64BigEndian(b, Hi);
        BinaryPrimitives.WriteUInt64BigEndian(b[8..], Lo);
        return new IPAddress(b);
    }

    public int CompareTo(IpAddressKey other)
    {
        var c = Family.CompareTo(other.Family);
        if (c != 0) return c;
        c = Hi.CompareTo(other.Hi);
        return c != 0 ? c : Lo.CompareTo(other.Lo);
    }

    public override string ToString() => ToIPAddress().ToString();

    /// <summary>
    /// A cheap fold instead of the record's HashCode.Combine: looked up once or twice per BGP sample. Addresses of one LAN
    /// differ in their low bits, which the fold keeps.
    /// </summary>
    public override int GetHashCode()
    {
        var x = Hi ^ Lo;
        return (int)(x ^ (x >> 32)) ^ (Family << 28);
    }
}
