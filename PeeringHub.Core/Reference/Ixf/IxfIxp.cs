namespace PeeringHub.Core.Reference.Ixf;

/// <summary>One entry of <c>ixp_list</c>.</summary>
public sealed record IxfIxp(int IxpId, int? IxfId, string Shortname, string? Name, int? PeeringDbId, IReadOnlyList<IxfVlan> Vlans);
