namespace PeeringHub.Core.Reference.Irr;

/// <summary>A set (or single ASN) expanded through an IRR: member ASNs and the prefixes they originate, sorted and deduplicated.</summary>
public sealed record AsSetExpansion(
    AsSetName Name,
    IReadOnlyList<long> Asns,
    IReadOnlyList<string> Ipv4Prefixes,
    IReadOnlyList<string> Ipv6Prefixes);
