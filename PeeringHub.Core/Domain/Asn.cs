namespace PeeringHub.Core.Domain;

/// <summary>Autonomous system number rules (RFC 6793 4-byte range; RFC 6996/7300 private and reserved, RFC 5398 documentation).</summary>
public static class Asn
{
    public const long Min = 1;
    public const long Max = 4_294_967_295;

    public static bool IsValid(long asn) => asn is >= Min and <= Max;

    public static bool IsPrivate(long asn) => asn is >= 64512 and <= 65534 or >= 4_200_000_000 and <= 4_294_967_294;

    /// <summary>
    /// Numbers no network can use on the wire: 0, AS_TRANS, the last 2- and 4-byte ASNs (RFC 7300). RFC 5398 documentation ASNs
    /// (64496–64511, 65536–65551) are not here on purpose: they are the ASN counterpart of 192.0.2.0/24 and 2001:db8::/32, which
    /// the LAN and address rules accept too; labs, demos and tests use them like public ASNs, and no real member has one, so
    /// refusing them protects nobody and broke every edit of a demo exchange session.
    /// </summary>
    public static bool IsReserved(long asn) => asn is 0 or 23456 or 65535 or 4_294_967_295;
}
