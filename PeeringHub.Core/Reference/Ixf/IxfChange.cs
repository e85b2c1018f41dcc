namespace PeeringHub.Core.Reference.Ixf;

/// <summary>One line of the import preview. <see cref="Object"/> is "lan", "network" or "member".</summary>
public sealed record IxfChange(IxfChangeKind Kind, string Object, string Key, string? Before, string? After);
