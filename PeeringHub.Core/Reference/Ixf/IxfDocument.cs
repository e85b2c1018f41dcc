namespace PeeringHub.Core.Reference.Ixf;

/// <summary>A validated IX-F member export (schema 0.6, 0.7 or 1.0).</summary>
public sealed record IxfDocument(string Version, string Timestamp, IReadOnlyList<IxfIxp> Ixps, IReadOnlyList<IxfMember> Members);
