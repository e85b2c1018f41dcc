namespace PeeringHub.Core.Reference.Ixf;

/// <summary>One entry of <c>member_list</c>.</summary>
public sealed record IxfMember(long Asn, string? Name, string? Url, IReadOnlyList<IxfConnection> Connections);
