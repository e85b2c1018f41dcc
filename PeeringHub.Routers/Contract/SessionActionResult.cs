namespace PeeringHub.Routers.Contract;

/// <summary>Result for one session of a batched call. Example: <c>("p001_v4", true, "p001_v4: disabled")</c>.</summary>
public sealed record SessionActionResult(string Session, bool Succeeded, string? Message);
