namespace PeeringHub.Core.Domain;

/// <summary>Autonomous system number rules (RFC 6793 4-byte range; RFC 6996/7300/5398 reserved ranges).</summary>
public static class Asn
{
    public const long Min = 1;
    public const long Max = 4_294_967_295;

    public static bool IsValid(long asn) => asn is >= Min and <= Max;

    public static bool IsPrivate(long asn) => asn is >= 64512 and <= 65534 or >= 4_200_000_000 and <= 4_294_967_294;

    public static bool IsReserved(long asn) =>
        asn is 0 or 23456 or 65535 or 4_294_967_295 or >= 64496 and <= 64511 or >= 65536 and <= 65551;
}
